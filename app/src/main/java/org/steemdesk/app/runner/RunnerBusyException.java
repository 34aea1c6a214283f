package org.steemdesk.app.runner;

/** Another curation runner already sends from this data folder. */
public final class RunnerBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunnerBusyException() {
        super("another curation runner is sending from this data folder");
    }
}
