package eu.digitalpartnership.kg.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Words compared as one whatever their number: "digital identities" and "digital identity". */
public final class Words {
    private static final Pattern IES = Pattern.compile("(\\p{L}{3,})ies\\b");
    private static final Pattern S = Pattern.compile("(\\p{L}{4,}?)s\\b");

    private Words() {}

    /** The text in lower case, each plural word in the singular: "Digital Identities and Services" gives "digital identity and service". */
    public static String singular(String text) {
        return S.matcher(IES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("$1y")).replaceAll("$1");
    }
}
