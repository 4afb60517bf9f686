package io.piiscanner.lambda.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The {@code nextToken} of a findings page: DynamoDB's position after the page, sealed with
 * AES-256-GCM and bound to the query it came from (type and since). A token the API did not
 * issue for that query fails authentication and never reaches DynamoDB; the sealed position
 * hides the table's keys (object keys among them) from the caller.
 *
 * <p>The AES key is one item of the findings table ({@code pk = CONFIG#page-tokens}), created
 * by the first function instance that needs it and shared by all: the table is encrypted with
 * the stack's KMS key and reachable only by the scanner roles, which could read the findings
 * directly anyway. Deleting the item makes every outstanding token invalid.
 */
public final class PageTokens {

    static final String KEY_PK = "CONFIG#page-tokens";
    static final String KEY_SK = "KEY";
    private static final String KEY_ATTRIBUTE = "aesKey";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Far above any token issued (four index keys of at most a few KB), far below what costs to decode. */
    private static final int MAX_TOKEN_CHARS = 8192;

    private static final Set<String> INDEX_KEYS =
            Set.of(TableKeys.GSI1_PK, TableKeys.GSI1_SK, TableKeys.PK, TableKeys.SK);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final DynamoDbClient dynamo;
    private final String table;
    private volatile SecretKey key;
    /** Made on first use, after a SnapStart restore, so that restored instances draw different nonces. */
    private volatile SecureRandom random;

    PageTokens(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Seals a position of the type index.
     *
     * @param position DynamoDB's LastEvaluatedKey: the index and table keys, all strings
     * @param query    what the position belongs to, e.g. the type and the start time
     */
    String seal(Map<String, AttributeValue> position, String query) {
        Map<String, String> plain = new TreeMap<>();
        position.forEach((name, value) -> plain.put(name, value.s()));
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random().nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, query);
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(plain));
            return BASE64.encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot seal a page token", e);
        }
    }

    /**
     * Opens a token that {@link #seal} made for the same query.
     *
     * @throws FindingsQueries.InvalidTokenException when it was not, or was changed
     */
    Map<String, AttributeValue> open(String token, String query) {
        byte[] bytes;
        try {
            bytes = token.length() > MAX_TOKEN_CHARS
                    ? null
                    : Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            bytes = null;
        }
        if (bytes == null || bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
            throw new FindingsQueries.InvalidTokenException();
        }
        Map<String, String> plain;
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), query);
            plain = JSON.readValue(
                    cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
                    new TypeReference<Map<String, String>>() {});
        } catch (AEADBadTagException | IOException e) {
            throw new FindingsQueries.InvalidTokenException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a page token", e);
        }
        if (plain == null || !plain.keySet().equals(INDEX_KEYS) || plain.containsValue(null)) {
            throw new FindingsQueries.InvalidTokenException();
        }
        Map<String, AttributeValue> position = new LinkedHashMap<>();
        plain.forEach((name, value) -> position.put(name, AttributeValue.fromS(value)));
        return position;
    }

    private Cipher cipher(int mode, byte[] nonce, String query) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(query.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private SecureRandom random() {
        SecureRandom r = random;
        if (r == null) {
            r = new SecureRandom();
            random = r;
        }
        return r;
    }

    /**
     * The shared key: one conditional write that creates it if absent and returns whichever key
     * the table holds, so concurrent first instances agree on it.
     */
    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            byte[] candidate = new byte[KEY_BYTES];
            random().nextBytes(candidate);
            Map<String, AttributeValue> item = dynamo.updateItem(b -> b.tableName(table)
                            .key(Map.of(
                                    TableKeys.PK,
                                    AttributeValue.fromS(KEY_PK),
                                    TableKeys.SK,
                                    AttributeValue.fromS(KEY_SK)))
                            .updateExpression("SET #k = if_not_exists(#k, :k)")
                            .expressionAttributeNames(Map.of("#k", KEY_ATTRIBUTE))
                            .expressionAttributeValues(
                                    Map.of(":k", AttributeValue.fromB(SdkBytes.fromByteArray(candidate))))
                            .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
            k = new SecretKeySpec(item.get(KEY_ATTRIBUTE).b().asByteArray(), "AES");
            key = k;
        }
        return k;
    }
}
