package org.lantern.base.startup;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Times the start-up steps that libraries run rather than Lantern's own code: Liquibase's update
 * (the {@link SpringLiquibase} bean's initialisation), and Vaadin's start (its servlet context
 * initializer and listeners, which scan the routes, then the web server's start, which starts
 * Vaadin's servlet).
 */
@Configuration(proxyBeanMethods = false)
class StartupTimers {

    /** Spring Boot's web server starts in this phase ({@code WebServerStartStopLifecycle}). */
    private static final int WEB_SERVER_PHASE = Integer.MAX_VALUE - 2048;

    @Bean
    static BeanPostProcessor startupStepTimer() {
        return new StepTimer();
    }

    @Bean
    SmartLifecycle webServerStartTimer(StartupPhases phases) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
                phases.begin(StartupPhases.VAADIN);
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return WEB_SERVER_PHASE - 1;
            }
        };
    }

    @Bean
    ApplicationListener<ServletWebServerInitializedEvent> webServerStarted(StartupPhases phases) {
        return event -> phases.end(StartupPhases.VAADIN);
    }

    private static final class StepTimer implements BeanPostProcessor, BeanFactoryAware {

        private BeanFactory beanFactory;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof SpringLiquibase) {
                phases().begin(StartupPhases.LIQUIBASE);
            }
            return bean;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof SpringLiquibase) {
                phases().end(StartupPhases.LIQUIBASE);
            }
            if (bean instanceof ServletContextInitializer initializer
                    && bean.getClass().getName().equals("com.vaadin.flow.spring.VaadinServletContextInitializer")) {
                return timed(initializer);
            }
            return bean;
        }

        /** Vaadin's initializer, with its listeners (run in the order added) timed between two of ours. */
        private ServletContextInitializer timed(ServletContextInitializer vaadin) {
            StartupPhases phases = phases();
            return servletContext -> {
                servletContext.addListener(new ServletContextListener() {
                    @Override
                    public void contextInitialized(ServletContextEvent event) {
                        phases.begin(StartupPhases.VAADIN);
                    }
                });
                phases.time(StartupPhases.VAADIN, () -> {
                    vaadin.onStartup(servletContext);
                    return null;
                });
                servletContext.addListener(new ServletContextListener() {
                    @Override
                    public void contextInitialized(ServletContextEvent event) {
                        phases.end(StartupPhases.VAADIN);
                    }
                });
            };
        }

        private StartupPhases phases() {
            return beanFactory.getBean(StartupPhases.class);
        }
    }
}
