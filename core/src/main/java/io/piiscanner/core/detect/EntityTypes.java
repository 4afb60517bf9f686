package io.piiscanner.core.detect;

/** Entity type names, in Microsoft Presidio's vocabulary so findings interoperate with it. */
public final class EntityTypes {

    public static final String CREDIT_CARD = "CREDIT_CARD";
    public static final String US_SSN = "US_SSN";
    public static final String US_ITIN = "US_ITIN";
    public static final String EMAIL_ADDRESS = "EMAIL_ADDRESS";
    public static final String PHONE_NUMBER = "PHONE_NUMBER";
    public static final String IP_ADDRESS = "IP_ADDRESS";
    public static final String IBAN_CODE = "IBAN_CODE";
    public static final String ABA_ROUTING_NUMBER = "ABA_ROUTING_NUMBER";
    public static final String US_BANK_NUMBER = "US_BANK_NUMBER";
    public static final String AWS_ACCESS_KEY = "AWS_ACCESS_KEY";
    public static final String AWS_SECRET_KEY = "AWS_SECRET_KEY";
    public static final String CRYPTO = "CRYPTO";
    public static final String US_PASSPORT = "US_PASSPORT";
    public static final String US_DRIVER_LICENSE = "US_DRIVER_LICENSE";
    public static final String DATE_OF_BIRTH = "DATE_OF_BIRTH";

    private EntityTypes() {}
}
