package org.steemdesk.app;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** A value made on first use, once, whichever thread asks first; what was never made is never closed. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    Lazy(Supplier<T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(make.get(), "a lazy value");
                    value = current;
                }
            }
        }
        return current;
    }

    /** The value if it was made. */
    Optional<T> made() {
        return Optional.ofNullable(value);
    }
}
