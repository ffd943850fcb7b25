package dev.sluice.docs;

/**
 * A page the living documentation opens with, written beside the home page and linked first on it:
 * {@code file} its name in the site's directory, {@code summary} the line beside the link, {@code body}
 * its HTML inside {@code <body>} (the site gives it the head and the style).
 */
public record SitePage(String file, String title, String summary, String body) {
    public SitePage {
        if (!file.matches("[a-z0-9-]+\\.html")) {
            throw new IllegalArgumentException(
                    "A leading page of the living docs is a file name such as 'matrix.html', not '" + file + "'");
        }
    }
}
