package fr.maillage.access;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Shapes every JSON answer for its viewer, in one place: the fields marked {@link PersonId} are
 * shown as {@link PersonIds#shown} says, the counts marked {@link PersonCount} follow the
 * small-cell rule ({@link SmallCounts}) for planners. Registered with Spring's JSON mapper, so no controller can forget it.
 * Outside a signed-in request (the command line, internal JSON) values are written as they are.
 */
@Component
public class AnswerShaping extends SimpleModule {

    public AnswerShaping(Viewers viewers, PersonIds personIds) {
        super("maillage-answer-shaping");
        setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription.Supplier bean,
                                                             List<BeanPropertyWriter> properties) {
                List<BeanPropertyWriter> shaped = new ArrayList<>(properties.size());
                for (BeanPropertyWriter property : properties) {
                    if (property.getAnnotation(PersonId.class) != null) {
                        shaped.add(new PersonIdWriter(property, viewers, personIds));
                    } else if (property.getAnnotation(PersonCount.class) != null) {
                        PersonCount count = property.getAnnotation(PersonCount.class);
                        shaped.add(new PersonCountWriter(property, accessor(bean.getBeanClass(), count.includes()),
                                accessor(bean.getBeanClass(), count.parts()), viewers));
                    } else if (property.getAnnotation(MaskedWithSmallCounts.class) != null) {
                        shaped.add(new MaskedWriter(property, accessor(bean.getBeanClass(),
                                property.getAnnotation(MaskedWithSmallCounts.class).parts()), viewers));
                    } else {
                        shaped.add(property);
                    }
                }
                return shaped;
            }
        });
    }

    /**
     * The accessor of a named property, by its method rather than its writer: a property left out
     * of the answer ({@code @JsonIgnore}) has no writer. Null for no name; fails at the first
     * answer of that type for a name that is not there.
     */
    private static Method accessor(Class<?> type, String name) {
        if (name.isEmpty()) {
            return null;
        }
        try {
            Method method = type.getMethod(name);
            method.trySetAccessible();
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " : " + name + " absent", e);
        }
    }

    /**
     * A property written as its viewer may see it: {@link #shown} gives the text that replaces the
     * value, or empty to write the value as it is.
     */
    private abstract static class ShapedProperty extends BeanPropertyWriter {
        final transient Viewers viewers;

        ShapedProperty(BeanPropertyWriter base, Viewers viewers) {
            super(base);
            this.viewers = viewers;
        }

        abstract Optional<String> shown(Object bean, Object value, Viewer viewer) throws Exception;

        @Override
        public void serializeAsProperty(Object bean, JsonGenerator g, SerializationContext context) throws Exception {
            Object value = get(bean);
            Optional<Viewer> viewer = viewers.current();
            Optional<String> shown = value == null || viewer.isEmpty() ? Optional.empty() : shown(bean, value, viewer.get());
            if (shown.isEmpty()) {
                super.serializeAsProperty(bean, g, context);
                return;
            }
            g.writeName(getName());
            g.writeString(shown.get());
        }
    }

    private static final class PersonIdWriter extends ShapedProperty {
        private final transient PersonIds personIds;

        PersonIdWriter(BeanPropertyWriter base, Viewers viewers, PersonIds personIds) {
            super(base, viewers);
            this.personIds = personIds;
        }

        @Override
        Optional<String> shown(Object bean, Object id, Viewer viewer) {
            return Optional.of(personIds.shown(viewer, id.toString()));
        }
    }

    private static final class PersonCountWriter extends ShapedProperty {
        private final transient Method includes;
        private final transient Method parts;

        PersonCountWriter(BeanPropertyWriter base, Method includes, Method parts, Viewers viewers) {
            super(base, viewers);
            this.includes = includes;
            this.parts = parts;
        }

        @Override
        Optional<String> shown(Object bean, Object value, Viewer viewer) throws Exception {
            if (!viewer.aggregatesOnly() || !(value instanceof Number number)) {
                return Optional.empty();
            }
            if (includes == null) {
                return SmallCounts.hidden(number.longValue());
            }
            long persons = ((Number) includes.invoke(bean)).longValue();
            return parts == null ? SmallCounts.hiddenSum(number.longValue(), persons)
                    : SmallCounts.hiddenSum(number.longValue(), persons, ((Number) parts.invoke(bean)).longValue());
        }
    }

    private static final class MaskedWriter extends ShapedProperty {
        private final transient Method parts;

        MaskedWriter(BeanPropertyWriter base, Method parts, Viewers viewers) {
            super(base, viewers);
            this.parts = parts;
        }

        @Override
        Optional<String> shown(Object bean, Object value, Viewer viewer) throws Exception {
            return viewer.aggregatesOnly() && ((Number) parts.invoke(bean)).longValue() > 0
                    ? Optional.of(SmallCounts.MASKED) : Optional.empty();
        }
    }
}
