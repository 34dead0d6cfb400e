package entente.gui;

import java.awt.BorderLayout;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.text.html.HTMLDocument;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.StyleSheet;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Guide tab: a lesson's guide, rendered from the same Markdown as docs/lessons, so that the
 * class reads and runs it in one window. Comments (the lesson's settings, the test's checks)
 * are left out.
 */
final class GuidePanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JEditorPane page = new JEditorPane();

    GuidePanel(String markdown) {
        super(new BorderLayout());
        setName("guide");
        page.setEditorKit(new HTMLEditorKit());
        // rules of this page's own style sheet (the kit's is shared by every HTML text in Swing)
        StyleSheet css = ((HTMLDocument) page.getDocument()).getStyleSheet();
        css.addRule("body { margin: 4px 8px; color: #222222; }");
        css.addRule("h1 { font-size: 125%; font-weight: bold; margin-top: 2px; margin-bottom: 4px; }");
        css.addRule("h2 { font-size: 110%; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }");
        css.addRule("p { margin-top: 2px; margin-bottom: 4px; }");
        css.addRule("li { margin-bottom: 3px; }");
        // the body in the window's own font and size, which follow the font scale
        page.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        page.setFont(javax.swing.UIManager.getFont("Label.font").deriveFont(java.awt.Font.PLAIN));
        page.setEditable(false);
        page.setText(html(markdown));
        page.setCaretPosition(0);
        add(new JScrollPane(page), BorderLayout.CENTER);
    }

    /** The Markdown as HTML, without its comments. */
    static String html(String markdown) {
        Node doc = Parser.builder().build().parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                if (block.getLiteral().strip().startsWith("<!--")) {
                    block.unlink();
                }
            }

            @Override
            public void visit(HtmlInline inline) {
                if (inline.getLiteral().startsWith("<!--")) {
                    inline.unlink();
                }
            }
        });
        // Swing's HTML 3.2 shows <b> bold but not always <strong>
        String html = HtmlRenderer.builder().build().render(doc).replace("<strong>", "<b>").replace("</strong>", "</b>");
        return "<html><body>" + html + "</body></html>";
    }

    String text() {
        return page.getText();
    }
}
