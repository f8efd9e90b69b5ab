package org.gongwen.shell.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.gongwen.shared.SafeText;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * JSON takes values only in their own type: no number where text, a date or a yes/no is
 * expected, no text where a number is, no fractions for whole numbers, no numbers for enums
 * (for every use of the application's ObjectMapper). What the REST API reads is also checked
 * for characters that have no place in typed text ({@link SafeText}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonTypes() {
        return builder -> builder.featuresToDisable(
                        MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(StrictJsonConfiguration::refuseCoercions);
    }

    private static void refuseCoercions(ObjectMapper mapper) {
        mapper.setDefaultLeniency(false);
        for (LogicalType type :
                new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
    }

    /** The REST API's JSON converter: the application's mapper plus the text and date checks. */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("gongwen-api-input");
        module.addDeserializer(String.class, new CheckedText());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                Package pkg = description.getBeanClass().getPackage();
                return pkg != null && pkg.getName().startsWith("java.time") ? new TextOnly(deserializer) : deserializer;
            }
        });
        return new MappingJackson2HttpMessageConverter(mapper.copy().registerModule(module));
    }

    /** A JSON string of a REST body that holds a character {@link SafeText} refuses. */
    static final class UnsafeTextException extends JsonMappingException {
        UnsafeTextException(JsonParser parser) {
            super(parser, "unsafe character in text");
        }
    }

    /** Text only from JSON strings, and only safe text. */
    private static final class CheckedText extends StdScalarDeserializer<String> {
        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (!SafeText.isSafe(text)) {
                throw new UnsafeTextException(p);
            }
            return text;
        }
    }

    /** Dates and times only from JSON strings: 1 is not 1970-01-02. */
    private static final class TextOnly extends JsonDeserializer<Object> implements ContextualDeserializer {
        private final JsonDeserializer<?> delegate;

        TextOnly(JsonDeserializer<?> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return delegate.deserialize(p, ctxt);
        }

        @Override
        public Class<?> handledType() {
            return delegate.handledType();
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            return delegate instanceof ContextualDeserializer contextual
                    ? new TextOnly(contextual.createContextual(ctxt, property))
                    : this;
        }
    }
}
