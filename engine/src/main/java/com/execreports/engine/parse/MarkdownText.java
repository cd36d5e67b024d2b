package com.execreports.engine.parse;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The literal text of a parsed markdown node: what a reader sees, without markup or link targets.
 * Raw HTML is kept as text so that it is shown (escaped), not dropped.
 */
final class MarkdownText extends AbstractVisitor {
    private final StringBuilder text = new StringBuilder();

    static String of(Node node) {
        MarkdownText visitor = new MarkdownText();
        node.accept(visitor);
        return visitor.text.toString().replaceAll("[ \\t]+", " ").strip();
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(HtmlInline node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(Paragraph node) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        visitChildren(node);
    }
}
