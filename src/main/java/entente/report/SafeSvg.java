package entente.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A chart read from a results folder, made safe to inline: a report may be built from a folder
 * someone else handed over, so its SVG is parsed (no DTD, no entities, nothing fetched) and
 * written out again with only drawing elements and presentation attributes. Script, event
 * handlers, links, foreignObject, animation, style sheets and every reference outside the
 * chart itself are dropped.
 */
final class SafeSvg {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern PROLOG = Pattern.compile("(?s)^.*?(?=<svg\\b)");
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "clipPath", "path", "rect", "circle",
            "ellipse", "line", "polyline", "polygon", "text", "tspan", "title", "desc", "linearGradient",
            "radialGradient", "stop");
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
            "r", "rx", "ry", "dx", "dy", "width", "height", "d", "points", "transform", "viewBox",
            "preserveAspectRatio", "style", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
            "stroke-opacity", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin",
            "stroke-miterlimit", "opacity", "clip-path", "clip-rule", "clipPathUnits", "font-family", "font-size",
            "font-weight", "font-style", "text-anchor", "dominant-baseline", "alignment-baseline", "letter-spacing",
            "textLength", "lengthAdjust", "shape-rendering", "text-rendering", "color-rendering", "image-rendering",
            "gradientUnits", "gradientTransform", "offset", "stop-color", "stop-opacity", "visibility", "display");
    /** Only references to the chart's own parts (clip paths, gradients) are kept: url(#id). */
    private static final Pattern FOREIGN_URL = Pattern.compile("(?i)url\\s*\\(\\s*(?!['\"]?#)");
    private static final Pattern UNSAFE_VALUE = Pattern.compile("(?i)[\\\\@<>]|expression|javascript:|data:");

    private SafeSvg() {}

    /** The chart as safe SVG markup, sized to the page and labelled with {@code caption}. */
    static String of(String text, String caption) throws IOException {
        Element root;
        try {
            root = parser().parse(new InputSource(new StringReader(PROLOG.matcher(text).replaceFirst(""))))
                    .getDocumentElement();
        } catch (SAXException e) {
            throw new IOException("not a well-formed SVG chart: " + e.getMessage());
        }
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            throw new IOException("not an SVG chart");
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append("<svg xmlns=\"").append(SVG_NS).append('"');
        if (!root.hasAttribute("viewBox") && root.hasAttribute("width") && root.hasAttribute("height")) {
            attribute(out, "viewBox", "0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        }
        attribute(out, "width", "100%");
        attribute(out, "role", "img");
        attribute(out, "aria-label", caption);
        attributes(root, out, Set.of("width", "height"));
        out.append('>');
        children(root, out);
        return out.append("</svg>").toString();
    }

    private static DocumentBuilder parser() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external reference " + systemId + " refused");
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private static void children(Node parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(Html.esc(n.getNodeValue()));
            } else if (n instanceof Element e && SVG_NS.equals(e.getNamespaceURI()) && ELEMENTS.contains(e.getLocalName())) {
                out.append('<').append(e.getLocalName());
                attributes(e, out, Set.of());
                out.append('>');
                children(e, out);
                out.append("</").append(e.getLocalName()).append('>');
            }
        }
    }

    private static void attributes(Element e, StringBuilder out, Set<String> skipped) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = a.getNamespaceURI() == null ? a.getName() : null; // no xlink:, xml:, foreign prefixes
            if (name != null && ATTRIBUTES.contains(name) && !skipped.contains(name) && safe(a.getValue())) {
                attribute(out, name, a.getValue());
            }
        }
    }

    private static boolean safe(String value) {
        return !FOREIGN_URL.matcher(value).find() && !UNSAFE_VALUE.matcher(value).find();
    }

    private static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"").append(Html.esc(value)).append('"');
    }
}
