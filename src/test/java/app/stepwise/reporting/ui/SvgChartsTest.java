package app.stepwise.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SvgChartsTest {
    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"' & \u0007bell";

    @Test
    void hostile_labels_and_titles_stay_text_in_well_formed_svg() throws Exception {
        String columns = SvgCharts.columns(HOSTILE, List.of(new SvgCharts.Bar(HOSTILE, 3), new SvgCharts.Bar("Feb", 1)));
        String funnel = SvgCharts.funnel(HOSTILE, List.of(new SvgCharts.Bar(HOSTILE, 4), new SvgCharts.Bar("Certified", 1)));

        for (String svg : List.of(columns, funnel)) {
            var document = parse(svg);
            assertThat(elements(document)).extracting(Element::getTagName)
                    .isSubsetOf("svg", "title", "desc", "g", "rect", "text", "line");
            assertThat(attributes(document)).noneMatch(name -> name.toLowerCase().startsWith("on") || name.equals("href"));
            assertThat(document.getDocumentElement().getTextContent()).contains("<script>alert(1)</script>").doesNotContain("\u0007");
            assertThat(svg).doesNotContain("<script").doesNotContain("<img");
        }
    }

    @Test
    void columns_are_as_high_as_their_values_with_the_largest_filling_the_plot() throws Exception {
        var document = parse(SvgCharts.columns("Per month", List.of(new SvgCharts.Bar("Jan", 2), new SvgCharts.Bar("Feb", 4),
                new SvgCharts.Bar("Mar", 0))));
        var heights = elements(document).stream().filter(e -> e.getTagName().equals("rect"))
                .map(e -> Double.parseDouble(e.getAttribute("height"))).toList();
        assertThat(heights).containsExactly(79.0, 158.0, 0.0);
        assertThat(document.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 420 230");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Per month");
    }

    @Test
    void a_column_label_may_have_a_second_line() throws Exception {
        var document = parse(SvgCharts.columns("Per month", List.of(new SvgCharts.Bar("Jan\n2027", 1))));
        assertThat(elements(document).stream().filter(e -> "chart-label".equals(e.getAttribute("class"))).map(Node::getTextContent))
                .containsExactly("Jan", "2027");
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Jan 2027 1");
    }

    @Test
    void a_funnel_says_each_stages_count_and_share_of_the_first() throws Exception {
        var document = parse(SvgCharts.funnel("Funnel", List.of(new SvgCharts.Bar("Enrolled", 8), new SvgCharts.Bar("Started", 6),
                new SvgCharts.Bar("Certified", 2))));
        var values = elements(document).stream().filter(e -> "chart-value".equals(e.getAttribute("class")))
                .map(Node::getTextContent).toList();
        assertThat(values).containsExactly("8 (100%)", "6 (75%)", "2 (25%)");
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Enrolled 8, Started 6, Certified 2");
    }

    @Test
    void an_empty_funnel_draws_no_shares() throws Exception {
        var document = parse(SvgCharts.funnel("Nobody yet", List.of(new SvgCharts.Bar("Enrolled", 0), new SvgCharts.Bar("Started", 0))));
        assertThat(elements(document).stream().filter(e -> "chart-value".equals(e.getAttribute("class"))).map(Node::getTextContent))
                .containsExactly("0", "0");
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document) {
        var all = new ArrayList<Element>();
        var nodes = document.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    private static List<String> attributes(Document document) {
        var names = new ArrayList<String>();
        for (var element : elements(document)) {
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
                names.add(element.getAttributes().item(i).getNodeName());
            }
        }
        return names;
    }
}
