package fr.maillage.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import fr.maillage.db.MaillageProperties;

/**
 * Researchers' pseudonyms (pseudonymes des chercheurs), as the contract defines them: {@code r-}
 * and the first 16 hex digits of HMAC-SHA256(secret, researcher's user name + "\n" + person id).
 * Stable across one researcher's answers and exports, different between two researchers, and
 * not reversible without the installation's secret, which is generated at first start and kept in
 * the data folder ({@code pseudonym-secret}, readable by its owner only).
 */
@Component
public class Pseudonyms {

    static final String SECRET_FILE = "pseudonym-secret";
    private static final String PREFIX = "r-";

    /** A Mac per thread: making one costs more than the HMAC itself, and a pseudonym lookup makes thousands. */
    private final ThreadLocal<Mac> macs;

    public Pseudonyms(MaillageProperties properties) {
        try {
            byte[] secret = OwnerOnlyFiles.readOrCreateSecret(Path.of(properties.getDataDir()).resolve(SECRET_FILE), 32);
            SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
            this.macs = ThreadLocal.withInitial(() -> {
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(key);
                    return mac;
                } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Secret des pseudonymes illisible dans le dossier de données", e);
        }
    }

    public String of(String researcher, String personId) {
        byte[] digest = macs.get().doFinal((researcher + "\n" + personId).getBytes(StandardCharsets.UTF_8));
        return PREFIX + HexFormat.of().formatHex(digest, 0, 8);
    }

    /** Whether {@code id} has the shape of a pseudonym (so it is never taken for a stored id). */
    public static boolean looksLikePseudonym(String id) {
        return id != null && id.length() == PREFIX.length() + 16 && id.startsWith(PREFIX)
                && id.substring(PREFIX.length()).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
