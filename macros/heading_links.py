"""The link beside each heading describes itself with aria-description instead of title.

Material turns every element with a title in the text into a tooltip (content.tooltips, which the
glossary words need on touch screens). Each tooltip is measured while the page starts: the thirteen
heading links of a module page cost about 15 ms on a fast computer, four times that on a phone, and
that time blocks the reader's first tap (BENCHMARKS.md, section 7).

aria-description and not aria-label: a heading's name is made from what is inside it, the link included,
so a label would make every heading read "Leerdoelen Link naar dit kopje". The link keeps "¶" as its
name and "Link naar dit kopje" as its description, as the title gave it before. What goes is the tooltip
that showed on mouse-over and on keyboard focus.

A Python-Markdown extension, so any engine that renders Markdown with it can use it; hooks.on_config adds
it for MkDocs and ProperDocs. It runs after the table of contents (priority 5), which makes the links.
"""
from __future__ import annotations

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


class HeadingLinkDescriptions(Treeprocessor):
    def run(self, root) -> None:
        for link in root.iter("a"):
            if "headerlink" in (link.get("class") or "").split() and link.get("title"):
                link.set("aria-description", link.attrib.pop("title"))


class HeadingLinksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(HeadingLinkDescriptions(md), "lv_heading_links", 4)


def makeExtension(**kwargs) -> HeadingLinksExtension:  # noqa: N802 (Python-Markdown's name)
    return HeadingLinksExtension(**kwargs)
