package org.neurula.visualizer.report;

/**
 * One section of the report page.
 *
 * @param id    the HTML id, the target of the page's table of contents
 * @param title the heading
 * @param body  the HTML below the heading
 */
record Section(String id, String title, String body) {

    /** A section whose content could not be made: a notice with the reason, in place of the content. */
    static Section failed(String id, String title, String reason) {
        return new Section(id, title, "<p class=\"notice\">" + Html.escape(reason) + "</p>");
    }

    String html() {
        return "<section id=\"" + id + "\">\n<h2>" + Html.escape(title) + "</h2>\n" + body + "\n</section>\n";
    }
}
