package org.lantern.load;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How long each request of the launch-morning benchmark took inside a Lantern instance, measured by its
 * outermost filter (before Spring Security and Vaadin, so the session check and Vaadin's session lock
 * count), under the step the simulated browser named in its {@value #HEADER} header. Set against the
 * browser's own timing of the same step, the difference is what neither Lantern's filters nor its
 * servlets did: Tomcat reading the request, the network, and the simulated browser's own threads waiting
 * for a processor. Only the benchmark's instances install it ({@link LoadInstanceMain}); read over JMX.
 */
public final class ServerTimes implements Filter, ServerTimesMBean {

    /** The request header that names the step (sent by {@link VaadinUiClient}). */
    static final String HEADER = "X-Load-Step";
    static final String OBJECT_NAME = "org.lantern.load:type=ServerTimes";

    private record Sample(String step, long startedMillis, long nanos) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    private ServerTimes() {
    }

    /** Registers the filter as the first of the instance and this object as an MBean. */
    static ApplicationContextInitializer<GenericApplicationContext> installer() {
        return context -> {
            ServerTimes times = new ServerTimes();
            try {
                ManagementFactory.getPlatformMBeanServer().registerMBean(times, new ObjectName(OBJECT_NAME));
            } catch (javax.management.JMException e) {
                throw new IllegalStateException(e);
            }
            context.registerBean("loadServerTimes", FilterRegistrationBean.class, () -> {
                FilterRegistrationBean<ServerTimes> registration = new FilterRegistrationBean<>(times);
                registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
                return registration;
            });
        };
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String step = ((HttpServletRequest) request).getHeader(HEADER);
        if (step == null) {
            chain.doFilter(request, response);
            return;
        }
        long startedMillis = System.currentTimeMillis();
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            samples.add(new Sample(step, startedMillis, System.nanoTime() - started));
        }
    }

    @Override
    public String samples() {
        StringBuilder text = new StringBuilder();
        for (Sample s : samples) {
            text.append(s.step()).append(' ').append(s.startedMillis()).append(' ').append(s.nanos()).append('\n');
        }
        return text.toString();
    }
}
