package org.gongwen.workflow.internal;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The beans a model may name: those declared in a module's {@code process} package
 * ({@code org.gongwen.<module>.process}), by a component class there or by a {@code @Bean} method
 * of a configuration class there. The engine's expressions see these and no other bean.
 */
@Component
public class ProcessBeans {

    private static final Pattern PROCESS_PACKAGE = Pattern.compile("org\\.gongwen\\.[a-z]+\\.process");

    private final ConfigurableListableBeanFactory factory;
    private volatile Set<String> names;

    ProcessBeans(ConfigurableListableBeanFactory factory) {
        this.factory = factory;
    }

    public boolean contains(String name) {
        return names().contains(name);
    }

    /** Any bean of the application, process bean or not. */
    public boolean isBean(String name) {
        return factory.containsBean(name);
    }

    public Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            known = Arrays.stream(factory.getBeanDefinitionNames())
                    .filter(name -> inProcessPackage(declaringClass(factory.getBeanDefinition(name))))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            names = known;
        }
        return known;
    }

    /** The class name is in a module's process package. */
    public static boolean inProcessPackage(String className) {
        if (className == null || className.lastIndexOf('.') < 0) {
            return false;
        }
        return PROCESS_PACKAGE
                .matcher(className.substring(0, className.lastIndexOf('.')))
                .matches();
    }

    /**
     * The process beans as a map for the engine's expressions: read-only and lazy, so the engine,
     * built before the delegates (which use its services), does not create them early.
     */
    Map<Object, Object> asMap() {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return key instanceof String name && contains(name);
            }

            @Override
            public Object get(Object key) {
                return containsKey(key) ? factory.getBean((String) key) : null;
            }

            @Override
            public Set<Entry<Object, Object>> entrySet() {
                return names().stream()
                        .map(name -> Map.<Object, Object>entry(name, factory.getBean(name)))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
            }
        };
    }

    private static String declaringClass(BeanDefinition definition) {
        if (!(definition instanceof AnnotatedBeanDefinition annotated)) {
            return null;
        }
        if (annotated.getFactoryMethodMetadata() != null) {
            return annotated.getFactoryMethodMetadata().getDeclaringClassName();
        }
        return annotated.getMetadata().isAnnotated(Configuration.class.getName())
                ? null
                : annotated.getMetadata().getClassName();
    }
}
