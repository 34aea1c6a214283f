package org.steemdesk.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bouncycastle.crypto.engines.AESEngine;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.keystore.vault.Vault;

/**
 * The classes every desktop start loads (the app's keys hold a {@link MemoCipher}; a vault file opens {@link Vault})
 * name no Bouncy Castle type the JVM must load to verify them: Bouncy Castle's jar is signed, and its first class
 * costs the jar's signature check (0.3-0.5 CPU-s), which the desktop's AOT cache would pay on the main thread as the
 * JVM starts. Each class is loaded and initialised in a loader of its own that records what it is asked for.
 */
class BouncyCastleOnDemandTest {

    @Test
    void theMemoCipherLoadsBouncyCastleOnlyForAMemo() throws Exception {
        assertLoadsBouncyCastleOnlyThrough(MemoCipher.class, "org.steemdesk.keystore.memo.MemoAes");
    }

    @Test
    void theVaultLoadsBouncyCastleOnlyToOpenOrSealAKey() throws Exception {
        assertLoadsBouncyCastleOnlyThrough(Vault.class, "org.steemdesk.keystore.vault.AesGcm");
    }

    /**
     * {@code onStart} loads and initialises without asking for a Bouncy Castle class; the control: {@code namer},
     * the class that names Bouncy Castle (loaded for a memo or an unlock), does ask for one.
     */
    private static void assertLoadsBouncyCastleOnlyThrough(Class<?> onStart, String namer) throws Exception {
        try (var loader = new RecordingLoader()) {
            Class.forName(onStart.getName(), true, loader);
            assertThat(loader.bouncyCastle()).isEmpty();
            Class.forName(namer, true, loader);
            assertThat(loader.bouncyCastle()).isNotEmpty();
        }
    }

    /** Loads the project's classes and Bouncy Castle itself (child first) and records the Bouncy Castle names. */
    private static final class RecordingLoader extends URLClassLoader {
        private final List<String> bouncyCastle = new CopyOnWriteArrayList<>();

        RecordingLoader() {
            super(new URL[] {location(MemoCipher.class), location(PrivateKey.class), location(AESEngine.class)},
                    RecordingLoader.class.getClassLoader());
        }

        private static URL location(Class<?> type) {
            return type.getProtectionDomain().getCodeSource().getLocation();
        }

        List<String> bouncyCastle() {
            return List.copyOf(bouncyCastle);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.bouncycastle.")) {
                bouncyCastle.add(name);
            }
            if (!name.startsWith("org.steemdesk.") && !name.startsWith("org.bouncycastle.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public void close() throws IOException {
            super.close();
        }
    }
}
