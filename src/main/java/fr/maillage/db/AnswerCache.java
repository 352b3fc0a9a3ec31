package fr.maillage.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Answers shared between requests (réponses partagées): an answer that depends only on its
 * parameters and the data is computed once per {@link DataVersion} and given to every request
 * that asks for it at that version, including those that ask while it is being computed (they
 * wait for that computation instead of running their own). The version is in the key, so an
 * import that changes the data makes every older answer unreachable; they leave as the least
 * recently used once there are more than {@code maillage.cache.max-answers}.
 *
 * <p>Cache only values before they are shaped for a viewer: what a role may see of an answer is
 * decided when it is written ({@code access.AnswerShaping}), so one cached value serves every role.
 * Cached values are shared between threads and must not be changed by their readers. A failed
 * computation is not kept: its waiters get its failure, the next request tries again.
 */
@Component
public class AnswerCache {

    private record Key(String kind, long version, List<?> parameters) {
    }

    private final DataVersion dataVersion;
    private final Map<Key, CompletableFuture<Object>> answers;

    public AnswerCache(DataVersion dataVersion, @Value("${maillage.cache.max-answers:64}") int maxAnswers) {
        this.dataVersion = dataVersion;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Object>> eldest) {
                return size() > maxAnswers;
            }
        };
    }

    /**
     * The answer of kind {@code kind} (one per computing method, e.g. {@code "key-partners"}) for
     * {@code parameters} (values with equals, e.g. records) at the data version now.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String kind, List<?> parameters, Supplier<T> compute) {
        Key key = new Key(kind, dataVersion.current(), parameters);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> theirs;
        synchronized (answers) {
            theirs = answers.putIfAbsent(key, mine);
        }
        if (theirs != null) {
            return (T) await(theirs);
        }
        try {
            T answer = compute.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            synchronized (answers) {
                answers.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Object await(CompletableFuture<Object> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
