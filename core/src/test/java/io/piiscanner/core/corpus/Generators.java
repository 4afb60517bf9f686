package io.piiscanner.core.corpus;

/** Every value generator of one corpus, sharing one source of randomness. */
final class Generators {

    final Dice dice;
    final People people;
    final CardNumbers cards;
    final NationalIds ids;
    final PhoneNumbers phones;
    final BankNumbers banks;
    final NetworkValues net;
    final AwsKeys aws;
    final Decoys decoys;

    Generators(Dice dice) {
        this.dice = dice;
        this.people = new People(dice);
        this.cards = new CardNumbers(dice);
        this.ids = new NationalIds(dice);
        this.phones = new PhoneNumbers(dice);
        this.banks = new BankNumbers(dice);
        this.net = new NetworkValues(dice);
        this.aws = new AwsKeys(dice);
        this.decoys = new Decoys(dice);
    }
}
