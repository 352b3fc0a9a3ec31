package fr.maillage.access;

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
                        BeanPropertyWriter included = count.includes().isEmpty() ? null : properties.stream()
                                .filter(p -> p.getName().equals(count.includes())).findFirst()
                                .orElseThrow(() -> new IllegalStateException(property.getName() + " : "
                                        + count.includes() + " absent"));
                        shaped.add(new PersonCountWriter(property, included, viewers));
                    } else {
                        shaped.add(property);
                    }
                }
                return shaped;
            }
        });
    }

    private static final class PersonIdWriter extends BeanPropertyWriter {
        private final transient Viewers viewers;
        private final transient PersonIds personIds;

        PersonIdWriter(BeanPropertyWriter base, Viewers viewers, PersonIds personIds) {
            super(base);
            this.viewers = viewers;
            this.personIds = personIds;
        }

        @Override
        public void serializeAsProperty(Object bean, JsonGenerator g, SerializationContext context) throws Exception {
            Object id = get(bean);
            Optional<Viewer> viewer = viewers.current();
            if (id == null || viewer.isEmpty()) {
                super.serializeAsProperty(bean, g, context);
                return;
            }
            g.writeName(getName());
            g.writeString(personIds.shown(viewer.get(), id.toString()));
        }
    }

    private static final class PersonCountWriter extends BeanPropertyWriter {
        private final transient BeanPropertyWriter included;
        private final transient Viewers viewers;

        PersonCountWriter(BeanPropertyWriter base, BeanPropertyWriter included, Viewers viewers) {
            super(base);
            this.included = included;
            this.viewers = viewers;
        }

        @Override
        public void serializeAsProperty(Object bean, JsonGenerator g, SerializationContext context) throws Exception {
            Object value = get(bean);
            boolean planner = viewers.current().map(v -> v.is(UserRole.PLANIFICATEUR)).orElse(false);
            if (!planner || !(value instanceof Number number)) {
                super.serializeAsProperty(bean, g, context);
                return;
            }
            Optional<String> shown = included == null ? SmallCounts.hidden(number.longValue())
                    : SmallCounts.hiddenSum(number.longValue(), ((Number) included.get(bean)).longValue());
            g.writeName(getName());
            if (shown.isPresent()) {
                g.writeString(shown.get());
            } else {
                g.writeNumber(number.longValue());
            }
        }
    }
}
