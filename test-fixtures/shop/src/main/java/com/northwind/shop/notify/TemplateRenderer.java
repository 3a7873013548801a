package com.northwind.shop.notify;

import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopException;
import com.northwind.shop.persistence.MessageTemplateRepository;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Fills {@code ${name}} placeholders of a stored template.
 */
@Component
public class TemplateRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");

    private final MessageTemplateRepository templates;

    public TemplateRenderer(MessageTemplateRepository templates) {
        this.templates = templates;
    }

    public OutboundMessage render(String code, String recipient, Map<String, String> values) {
        MessageTemplate template = templates.findByCodeAndLocale(code, ShopConstants.DEFAULT_LANGUAGE)
                .orElseThrow(() -> new ShopException("TEMPLATE_MISSING", "no message template " + code));
        String subject = template.getSubjectPattern() == null ? null : fill(template.getSubjectPattern(), values);
        return new OutboundMessage(template.getChannel(), recipient, subject, fill(template.getBodyPattern(), values));
    }

    String fill(String pattern, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
