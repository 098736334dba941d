package org.weiyuan.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * 邮件 The platform's mail server on this machine: GreenMail, a real SMTP server (Keycloak sends
 * the verification mail of a self-registered donor to it, as configured in the realm's smtpServer)
 * that keeps every message and serves it back over POP3 (login and password: the address). Nothing
 * leaves the machine: a demo or a test never mails anyone. Production gives Keycloak its real SMTP
 * relay instead (deploy/).
 */
public final class Mail implements AutoCloseable {

    /** Where the realm file names the SMTP port (Keycloak's placeholder syntax, with the demo's default). */
    static final String SMTP_PORT_PLACEHOLDER = "${WEIYUAN_SMTP_PORT:2525}";

    private final GreenMail server;
    private final int smtpPort;
    private final int pop3Port;

    private Mail(GreenMail server, int smtpPort, int pop3Port) {
        this.server = server;
        this.smtpPort = smtpPort;
        this.pop3Port = pop3Port;
    }

    /** SMTP and POP3 on the loopback interface only. */
    public static Mail start(int smtpPort, int pop3Port) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(pop3Port, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
        server.start();
        return new Mail(server, smtpPort, pop3Port);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int pop3Port() {
        return pop3Port;
    }

    /** How many messages arrived so far (all mailboxes). */
    public int received() {
        return server.getReceivedMessages().length;
    }

    @Override
    public void close() {
        server.stop();
    }
}
