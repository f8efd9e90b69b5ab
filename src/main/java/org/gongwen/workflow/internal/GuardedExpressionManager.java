package org.gongwen.workflow.internal;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expressions as Spring's, but seeing only the process beans (never the whole
 * context) and refusing, at run time, every property or method that reaches reflection, class
 * loading, the host or the engine ({@link ExpressionRules#forbiddenMember}), on any object.
 */
class GuardedExpressionManager extends SpringExpressionManager {

    private static final List<Class<?>> FORBIDDEN_BASES = List.of(
            Class.class,
            ClassLoader.class,
            Module.class,
            java.lang.reflect.AccessibleObject.class,
            Runtime.class,
            Thread.class,
            ProcessBuilder.class,
            ProcessEngine.class,
            ProcessEngineServices.class,
            ProcessEngineConfiguration.class,
            BeanFactory.class);

    GuardedExpressionManager(ApplicationContext context, Map<Object, Object> processBeans) {
        super(context, processBeans);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new ForbiddenMembers());
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new ArrayELResolver());
        resolver.add(new ListELResolver());
        resolver.add(new MapELResolver());
        resolver.add(new BeanELResolver());
        return resolver;
    }

    /** Resolves nothing; throws when an expression reaches for a forbidden member or object. */
    static final class ForbiddenMembers extends ELResolver {

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            check(base, method);
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            check(base, property);
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            check(base, property);
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }

        private static void check(Object base, Object member) {
            if (base == null) {
                return;
            }
            if (FORBIDDEN_BASES.stream().anyMatch(type -> type.isInstance(base))
                    || member != null && ExpressionRules.forbiddenMember(member.toString())) {
                throw new ELException("Expressions in process models may not use '" + member + "' of "
                        + base.getClass().getSimpleName());
            }
        }
    }
}
