"""The link beside each heading gets its label as aria-label instead of title.

Material turns every element with a title in the text into a tooltip (content.tooltips, which the
glossary words need on touch screens). Each tooltip is measured while the page starts: the thirteen
heading links of a module page cost about 15 ms on a fast computer, four times that on a phone, and
that time blocks the reader's first tap (BENCHMARKS.md, section 7). A screen reader still reads the
label; only the mouse-over text of the small link symbol goes.

A Python-Markdown extension, so it works under any engine that renders Markdown with it. It runs
after the table of contents (priority 5), which makes the links.
"""
from __future__ import annotations

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


class HeadingLinkLabels(Treeprocessor):
    def run(self, root) -> None:
        for link in root.iter("a"):
            if "headerlink" in (link.get("class") or "").split() and link.get("title"):
                link.set("aria-label", link.attrib.pop("title"))


class HeadingLinksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(HeadingLinkLabels(md), "lv_heading_links", 4)


def makeExtension(**kwargs) -> HeadingLinksExtension:  # noqa: N802 (Python-Markdown's name)
    return HeadingLinksExtension(**kwargs)
