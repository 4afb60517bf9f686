package io.piiscanner.core.corpus;

import java.util.List;

/**
 * AWS credential exports: the console's downloadable {@code credentials.csv} (with secret keys and
 * passwords) or an inventory of access keys as {@code aws iam list-access-keys} reports them.
 */
final class AccessKeyTable {

    private static final String PASSWORD_CHARS =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()_+-=[]{}|,\"";

    private final Generators g;

    AccessKeyTable(Generators g) {
        this.g = g;
    }

    void write(DocumentBuilder doc, int approxBytes) {
        boolean credentials = g.dice.chance(0.4);
        CsvWriter csv = new CsvWriter(doc, ',', "\n", false);
        csv.header(
                credentials
                        ? List.of("User name", "Password", "Access key ID", "Secret access key", "Console login link")
                        : List.of(
                                "UserName",
                                "AccessKeyId",
                                "Status",
                                "CreateDate",
                                "LastUsedDate",
                                "LastUsedService",
                                "Region"));
        String account = g.dice.between(1, 9) + g.dice.digits(11);
        while (doc.size() < approxBytes) {
            csv.row(credentials ? credentialsRow(account) : inventoryRow());
        }
    }

    private List<List<Part>> credentialsRow(String account) {
        return List.of(
                List.of(Part.text(userName())),
                List.of(Part.text(g.dice.chars(PASSWORD_CHARS, 16))),
                List.of(Part.pii(g.aws.accessKey())),
                List.of(Part.pii(g.aws.secretKey())),
                List.of(Part.text("https://" + account + ".signin.aws.amazon.com/console")));
    }

    private List<List<Part>> inventoryRow() {
        Dice d = g.dice;
        long created = g.decoys.anyTime();
        boolean used = d.chance(0.8);
        return List.of(
                List.of(Part.text(userName())),
                List.of(Part.pii(g.aws.accessKey())),
                List.of(Part.text(d.chance(0.8) ? "Active" : "Inactive")),
                new Parts()
                        .d(DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(created))
                        .list(),
                used
                        ? new Parts()
                                .d(DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(created + d.between(3600, 9_000_000)))
                                .list()
                        : List.of(Part.text("N/A")),
                List.of(Part.text(used ? d.pick("s3", "sts", "dynamodb", "kms", "sqs", "lambda") : "N/A")),
                List.of(Part.text(used ? d.pick("us-east-1", "us-west-2", "eu-west-1", "eu-central-1") : "N/A")));
    }

    private String userName() {
        Person p = g.people.next();
        return g.dice.chance(0.7)
                ? People.asciiName(p.first()) + "." + People.asciiName(p.last())
                : g.dice.pick(
                                "ci-deployer",
                                "terraform",
                                "backup-agent",
                                "reporting-etl",
                                "svc-payments",
                                "github-actions")
                        + "-" + g.dice.between(1, 9);
    }
}
