package org.weiyuan.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What some loggers log while a test runs (JBoss Logging goes through the JBoss LogManager, so a
 * java.util.logging handler sees it). {@link #close()} detaches it from them.
 */
public final class LogCapture extends Handler {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final List<String> loggers;

    private LogCapture(List<String> loggers) {
        this.loggers = loggers;
        loggers.forEach(name -> Logger.getLogger(name).addHandler(this));
    }

    /** Starts capturing what the loggers of these names log. */
    public static LogCapture of(String... loggers) {
        return new LogCapture(List.of(loggers));
    }

    /** What was logged since the capture started, in order. */
    public List<LogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() { }

    @Override
    public void close() {
        loggers.forEach(name -> Logger.getLogger(name).removeHandler(this));
    }
}
