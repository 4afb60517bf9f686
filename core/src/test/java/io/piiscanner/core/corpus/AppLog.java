package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;

/**
 * Server logs of a payments service: application lines with levels, threads and request ids,
 * web access lines and syslog lines. Personal data reaches them the usual ways: request
 * parameters, error messages and credentials printed at start-up.
 */
final class AppLog {

    private static final String[] LOGGERS = {
        "c.a.p.PaymentController",
        "c.a.p.ChargeService",
        "c.a.l.LedgerWriter",
        "c.a.k.KycClient",
        "c.a.n.SmsNotifier",
        "c.a.c.ConfigLoader",
        "c.a.a.AuthFilter",
        "o.s.w.s.DispatcherServlet"
    };
    private static final String[] PATHS = {
        "/api/v1/payments", "/api/v1/customers", "/api/v1/refunds", "/login", "/api/v1/payouts", "/health"
    };

    private final Generators g;

    AppLog(Generators g) {
        this.g = g;
    }

    void write(DocumentBuilder doc, int approxBytes) {
        while (doc.size() < approxBytes) {
            long t = g.decoys.tick(30);
            Parts line = switch (g.dice.weighted(75, 15, 10)) {
                case 0 -> appLine(t);
                case 1 -> accessLine(t);
                default -> sshLine(t);
            };
            line.t("\n").writeTo(doc);
        }
    }

    private Parts appLine(long t) {
        Dice d = g.dice;
        String level = d.pick("INFO ", "INFO ", "INFO ", "WARN ", "ERROR", "DEBUG");
        Parts line = new Parts()
                .d(DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(t))
                .t(" " + level + " [")
                .t(d.pick(
                        "http-nio-8080-exec-" + d.between(1, 40),
                        "main",
                        "scheduler-" + d.between(1, 4),
                        "kafka-consumer-" + d.between(0, 7)))
                .t("] " + d.pick(LOGGERS) + " - ");
        return line.add(message(t));
    }

    private Parts message(long t) {
        Dice d = g.dice;
        Person p = g.people.next();
        return switch (d.weighted(20, 8, 6, 6, 9, 4, 4, 6, 5, 5, 3, 3, 3, 5, 3, 3, 3)) {
            case 0 ->
                new Parts()
                        .t(d.pick("POST ", "GET ", "PUT ") + d.pick(PATHS) + " " + d.pick("200", "201", "400", "401")
                                + " (" + d.between(2, 900) + " ms) req=")
                        .d(DecoyKind.UUID, g.decoys.uuid())
                        .t(" ip=")
                        .v(g.net.ip())
                        .t(" user=")
                        .v(p.email());
            case 1 ->
                new Parts()
                        .t("charge declined: card=")
                        .v(g.cards.next())
                        .t(" amount=")
                        .d(DecoyKind.PRICE, g.decoys.price())
                        .t(" order=")
                        .d(DecoyKind.ORDER_ID, g.decoys.orderId(t))
                        .t(" reason=" + d.pick("do_not_honor", "insufficient_funds", "expired_card"));
            case 2 ->
                new Parts()
                        .t("created payout ")
                        .d(DecoyKind.UUID, g.decoys.uuid())
                        .t(" to IBAN ")
                        .v(g.banks.iban())
                        .t(" amount=")
                        .d(DecoyKind.PRICE, g.decoys.price());
            case 3 ->
                new Parts()
                        .t("ACH transfer queued: routing number ")
                        .v(g.banks.aba())
                        .t(" account ")
                        .v(g.banks.account())
                        .t(" amount=")
                        .d(DecoyKind.PRICE, g.decoys.price());
            case 4 ->
                new Parts()
                        .t("loaded credentials from environment: aws_access_key_id=")
                        .v(g.aws.accessKey())
                        .t(" aws_secret_access_key=")
                        .v(g.aws.secretKey());
            case 5 ->
                new Parts()
                        .t("assumed role arn:aws:iam::" + d.between(1, 9) + d.digits(11)
                                + ":role/payments-ci, session key ")
                        .v(g.aws.accessKey())
                        .t(" expires in 3600s");
            case 6 ->
                new Parts()
                        .t("starting payments-api ")
                        .d(DecoyKind.VERSION, g.decoys.version())
                        .t(" (commit ")
                        .d(DecoyKind.GIT_SHA, g.decoys.gitSha())
                        .t(") on ")
                        .v(g.net.ipv4())
                        .t(":" + d.pick("8080", "8443"));
            case 7 ->
                new Parts()
                        .t("SMS one-time code sent to ")
                        .v(g.phones.next())
                        .t(" for user ")
                        .v(p.email());
            case 8 ->
                new Parts()
                        .t("KYC lookup ssn=")
                        .v(g.ids.ssn(d.chance(0.3)))
                        .t(" dob=")
                        .v(new Value(EntityTypes.DATE_OF_BIRTH, p.birthDate().toString(), "iso"))
                        .t(" result=" + d.pick("match", "no_match"));
            case 9 ->
                new Parts()
                        .t("retrying webhook ")
                        .d(DecoyKind.UUID, g.decoys.uuid())
                        .t(" attempt=" + d.between(1, 5) + " next_at=")
                        .d(DecoyKind.EPOCH, g.decoys.epoch(t + d.between(30, 900)));
            case 10 ->
                new Parts().t("token refresh ok, key prefix ").d(DecoyKind.AKIA_WRONG_LENGTH, g.aws.wrongLength());
            case 11 -> new Parts().t("validator rejected card number ").d(DecoyKind.BAD_LUHN_CARD, g.cards.badLuhn());
            case 12 ->
                new Parts()
                        .t("loyalty card ")
                        .d(DecoyKind.NO_ISSUER_LUHN, g.cards.noIssuer())
                        .t(" redeemed " + d.between(100, 5000) + " points");
            case 13 ->
                new Parts()
                        .t("cache stats hits=" + d.between(1000, 99999) + " misses=" + d.between(1, 999) + " build=")
                        .d(DecoyKind.VERSION, g.decoys.version());
            case 14 ->
                new Parts()
                        .t("peer ")
                        .d(DecoyKind.MAC_ADDRESS, g.net.mac())
                        .t(" connected on eth0 as ")
                        .v(g.net.ipv6());
            case 15 ->
                new Parts()
                        .t("reconciliation ref ")
                        .d(DecoyKind.BAD_ABA, g.banks.badAba())
                        .t(" matched " + d.between(1, 400) + " items");
            default ->
                new Parts()
                        .t("card on file updated for ")
                        .v(p.email())
                        .t(": ")
                        .d(DecoyKind.MASKED_CARD, g.cards.masked());
        };
    }

    private Parts accessLine(long t) {
        Dice d = g.dice;
        return new Parts()
                .v(g.net.ip())
                .t(" - - [" + g.decoys.accessLogTime(t) + "] \"GET /api/v1/orders/")
                .d(DecoyKind.ORDER_ID, g.decoys.orderId(t))
                .t(" HTTP/1.1\" " + d.pick("200", "200", "304", "404") + " " + d.between(120, 48_000) + " \"-\" \""
                        + g.people.userAgent() + "\"");
    }

    private Parts sshLine(long t) {
        Dice d = g.dice;
        return new Parts()
                .t(g.decoys.syslogTime(t) + " web-0" + d.between(1, 6) + " sshd[" + d.between(1000, 65000)
                        + "]: Accepted publickey for deploy from ")
                .v(g.net.ip())
                .t(" port " + d.between(1024, 65535) + " ssh2");
    }
}
