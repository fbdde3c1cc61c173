package org.migportal.testing.container;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal as the integration tests deploy it: the real WAR from the build, without its web
 * login (the OpenID Connect definition and the URL constraints), plus the test login
 * ({@link LoginAs}) and the test class.
 */
public final class TestDeployments {

    private TestDeployments() {
    }

    public static WebArchive portalWithTestLogin(Class<?> testClass) {
        File war = new File(System.getProperty("it.war", "target/portal.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.delete("/WEB-INF/web.xml");
        archive.delete("/WEB-INF/classes/org/migportal/web/security/PortalLogin.class");
        return archive
                .addPackage(TestDeployments.class.getPackage())
                .addClass(testClass)
                .addAsLibrary(jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
