"""Turning a report as received into safe HTML: guards, a sandboxed pandoc run, a sanitiser.

Pure functions over bytes and paths; nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import io
import re
import resource
import signal
import subprocess
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import nh3
import pypandoc

CONVERTIBLE = {"docx": "docx", "odt": "odt", "rtf": "rtf", "md": "markdown"}
ALLOWED_EXTENSIONS = (*CONVERTIBLE, "pdf")
MB = 1024 * 1024


class ConversionRejected(Exception):
    """The file cannot become a paper's body; the message is shown to the clerk as it is."""


@dataclass(frozen=True)
class Limits:
    """How much a single upload may cost the server."""

    max_bytes: int = 25 * MB
    max_unpacked_bytes: int = 200 * MB
    max_entries: int = 2000
    memory_bytes: int = 1024 * MB
    timeout_seconds: int = 60
    max_image_pixels: int = 128_000_000  # Wagtail's own upload limit for images
    max_table_depth: int = 10
    max_pages: int = 300


@dataclass
class ExtractedImage:
    """An image found in the document, with the alt text its author gave it."""

    path: Path
    alt: str


@dataclass
class ConversionResult:
    """Sanitised HTML and the images it refers to by placeholder."""

    html: str
    images: list[ExtractedImage] = field(default_factory=list)


def file_hash(data: bytes) -> str:
    """SHA-256 of the upload: the key that makes a conversion run once per file."""
    return hashlib.sha256(data).hexdigest()


def extension_of(name: str) -> str:
    """Lower-case extension without the dot."""
    return Path(name).suffix.lower().lstrip(".")


def check_upload(name: str, data: bytes, limits: Limits = Limits()) -> str:
    """Refuse anything not a report of an allowed type and size; return its extension."""
    ext = extension_of(name)
    if ext not in ALLOWED_EXTENSIONS:
        raise ConversionRejected(
            f"'{Path(name).name}' is not a file type Quorum accepts for papers. "
            "Upload a Word (.docx), OpenDocument (.odt), Rich Text (.rtf), Markdown (.md) or "
            "PDF (.pdf) file."
        )
    if len(data) > limits.max_bytes:
        raise ConversionRejected(
            f"The file is {len(data) / MB:.1f} MB; papers can be at most "
            f"{limits.max_bytes / MB:.0f} MB. Split it or compress its images."
        )
    if not data:
        raise ConversionRejected("The file is empty.")
    _check_content(ext, data, limits)
    return ext


def _check_content(ext: str, data: bytes, limits: Limits) -> None:
    """The bytes must be what the extension claims."""
    wrong = ConversionRejected(
        f"The file is named .{ext} but its content is not a .{ext} file. "
        "Save it again from the program that made it and upload that copy."
    )
    if ext in ("docx", "odt"):
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise wrong
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                entries = archive.infolist()
                names = {entry.filename for entry in entries}
                _check_unpacked_size(entries, limits)
                if ext == "docx" and "[Content_Types].xml" not in names:
                    raise wrong
                if ext == "docx" and "word/document.xml" not in names:
                    raise wrong
                if ext == "odt" and (
                    "mimetype" not in names
                    or not archive.read("mimetype").startswith(b"application/vnd.oasis")
                ):
                    raise wrong
        except zipfile.BadZipFile as error:
            raise ConversionRejected(
                "The file is damaged and cannot be opened. Save it again and re-upload it."
            ) from error
    elif ext == "rtf":
        if not data.lstrip().startswith(b"{\\rtf"):
            raise wrong
    elif ext == "pdf":
        if not data.startswith(b"%PDF-"):
            raise wrong
    elif ext == "md":
        if b"\x00" in data:
            raise wrong
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ConversionRejected(
                "The Markdown file is not UTF-8 text. Save it as UTF-8 and upload it again."
            ) from error


def _check_unpacked_size(entries: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse zip bombs: too many entries, or too much once unpacked."""
    if len(entries) > limits.max_entries:
        raise ConversionRejected(
            f"The file holds {len(entries)} parts; Quorum accepts at most {limits.max_entries}. "
            "It may be damaged or deliberately oversized."
        )
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.max_unpacked_bytes:
        raise ConversionRejected(
            f"The file would unpack to {unpacked / MB:.0f} MB, more than the "
            f"{limits.max_unpacked_bytes / MB:.0f} MB allowed. It may be damaged or deliberately "
            "oversized."
        )


def _limit_resources(memory_bytes: int, cpu_seconds: int):
    """Return a pre-exec hook capping the child's memory and CPU time."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


# What counts towards a document's length, per format: its body part, where the word processor
# records the page count, and the markers of paragraphs, table rows, tables and page breaks.
LENGTH_SOURCES = {
    "docx": (
        "word/document.xml",
        "docProps/app.xml",
        re.compile(rb"<Pages>\s*(\d+)\s*</Pages>"),
        re.compile(
            rb"<w:(?P<p>p)[\s>/]|<w:(?P<row>tr)[\s>/]|<(?P<open>w:tbl)[\s>]|<(?P<close>/w:tbl)>"
            rb"|<w:(?P<rendered>lastRenderedPageBreak)\b|<w:br\b[^>]*w:type=\"(?P<br>page)\""
        ),
    ),
    "odt": (
        "content.xml",
        "meta.xml",
        re.compile(rb"meta:page-count=\"(\d+)\""),
        re.compile(
            rb"<text:(?P<p>p|h)[\s>/]|<table:(?P<row>table-row)[\s>/]"
            rb"|<(?P<open>table:table)[\s>]|<(?P<close>/table:table)>"
        ),
    ),
}
LINES_PER_PAGE = 45  # a page packed with one-line paragraphs or table rows; real pages hold fewer


@dataclass(frozen=True)
class Length:
    """How long a document is: the count its word processor saved, or an estimate."""

    pages: int
    estimated: bool


def document_length(source: Path, ext: str) -> Length | None:
    """Pages from the saved statistics, or estimated from the body; None if not a zip format.

    Streams the body so a large file is measured without holding it in memory. The estimate is
    a lower bound (lines / LINES_PER_PAGE, or the page breaks Word rendered), so it only ever
    refuses a file that is surely long; a stale saved count (pandoc writes "1") never hides one.
    """
    if ext not in LENGTH_SOURCES:
        return None
    body_name, stats_name, pages_pattern, markers = LENGTH_SOURCES[ext]
    with zipfile.ZipFile(source) as archive:
        names = set(archive.namelist())
        saved = 0
        if stats_name in names:
            found = pages_pattern.search(archive.read(stats_name)[:1_000_000])
            saved = int(found.group(1)) if found else 0
        lines = breaks = depth = 0
        if body_name in names:
            with archive.open(body_name) as body:
                tail = b""
                while chunk := body.read(MB):
                    text = tail + chunk
                    cut = text.rfind(b"<")  # a marker may straddle chunks: keep the last tag
                    text, tail = (text[:cut], text[cut:]) if cut > 0 else (text, b"")
                    for match in markers.finditer(text):
                        kind = match.lastgroup
                        if kind == "open":
                            depth += 1
                        elif kind == "close":
                            depth = max(depth - 1, 0)
                        elif kind == "row" or (kind == "p" and depth == 0):
                            lines += 1
                        elif kind in ("rendered", "br"):
                            breaks += 1
    estimate = max(-(-lines // LINES_PER_PAGE), breaks + 1 if breaks else 0)
    if saved >= estimate:
        return Length(pages=saved, estimated=False)
    return Length(pages=estimate, estimated=True)


def too_large(pages: str, limits: Limits) -> ConversionRejected:
    """The one message for a document too big to turn into a web page, whatever showed it."""
    return ConversionRejected(
        f"The document is too large to convert: {pages}. Quorum converts Word and OpenDocument "
        f"files of at most {limits.max_pages} pages within {limits.memory_bytes // MB} MB of "
        "memory; split it into smaller files or upload a PDF. The file you uploaded is kept."
    )


def check_length(source: Path, ext: str, limits: Limits = Limits()) -> None:
    """Refuse before pandoc runs a document longer than the page limit, saying how long it is."""
    try:
        length = document_length(source, ext)
    except (zipfile.BadZipFile, OSError, EOFError):
        return  # pandoc gives the damaged-file reason
    if length is not None and length.pages > limits.max_pages:
        about = "about " if length.estimated else ""
        raise too_large(f"{about}{length.pages} pages", limits)


# How pandoc ends when it runs out of memory: the GHC runtime's heap limit (+RTS -M) exits 251
# with "Heap exhausted"; failing to map memory under RLIMIT_AS prints "out of memory" or faults
# (SIGSEGV, SIGBUS, SIGABRT); the kernel's out-of-memory killer sends SIGKILL.
OUT_OF_MEMORY_TEXT = (
    b"Heap exhausted",
    b"out of memory",
    b"MemoryError",
    b"mmap",
    b"Cannot allocate memory",
)
OUT_OF_MEMORY_SIGNALS = {-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGBUS, -signal.SIGABRT}
GHC_HEAP_EXHAUSTED = 251


def took_too_long(limits: Limits) -> ConversionRejected:
    """Wall-clock timeout and the CPU-time limit (SIGXCPU) say the same thing to the clerk."""
    return ConversionRejected(
        f"Converting the file took longer than {limits.timeout_seconds} seconds and was "
        "stopped. It may be very large or damaged."
    )


def pandoc_failure(returncode: int, stderr: bytes, limits: Limits = Limits()) -> ConversionRejected:
    """Tell running out of memory (the document is too big) from a file pandoc cannot read."""
    if (
        returncode == GHC_HEAP_EXHAUSTED
        or returncode in OUT_OF_MEMORY_SIGNALS
        or any(text in stderr for text in OUT_OF_MEMORY_TEXT)
    ):
        return too_large("it needs more memory than the server allows for one conversion", limits)
    if returncode == -signal.SIGXCPU:
        return took_too_long(limits)
    detail = stderr.decode("utf-8", "replace").strip().splitlines()
    return ConversionRejected(
        "The file could not be read as a document; it may be damaged or password-protected."
        + (f" (pandoc said: {detail[-1][:200]})" if detail else "")
    )


def run_pandoc(source: Path, fmt: str, workdir: Path, limits: Limits = Limits()) -> str:
    """Convert one file to HTML5 with pandoc, sandboxed, capped and timed out, in workdir."""
    media = workdir / "media"
    command = [
        pypandoc.get_pandoc_path(),
        "--sandbox",
        f"--from={fmt}",
        "--to=html5",
        "--shift-heading-level-by=1",
        f"--extract-media={media}",
        "--wrap=none",
        str(source),
        "+RTS",
        f"-M{limits.memory_bytes // MB}m",
        "-RTS",
    ]
    try:
        completed = subprocess.run(
            command,
            cwd=workdir,
            capture_output=True,
            timeout=limits.timeout_seconds,
            preexec_fn=_limit_resources(limits.memory_bytes + 256 * MB, limits.timeout_seconds),
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise took_too_long(limits) from error
    if completed.returncode != 0:
        raise pandoc_failure(completed.returncode, completed.stderr, limits)
    return completed.stdout.decode("utf-8", "replace")


ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del",
    "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "li", "ol", "p", "pre", "s", "section", "strong", "sub", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "id", "title", "role"},
    "img": {"src", "alt"},
    "li": {"id"},
    "ol": {"start", "type"},
    "section": {"id", "role"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "abbr": {"title"},
}


EMBED_ATTRIBUTES = {"embedtype", "id", "format", "alt"}


def sanitise(html: str, *, keep_embeds: bool = False) -> str:
    """Keep structure, drop anything executable: no script, no handlers, no javascript: links.

    keep_embeds lets a clerk's edited body keep Wagtail's image embeds (ids, not URLs).
    """
    tags = ALLOWED_TAGS | {"embed"} if keep_embeds else ALLOWED_TAGS
    attributes = dict(ALLOWED_ATTRIBUTES)
    if keep_embeds:
        attributes["embed"] = EMBED_ATTRIBUTES
    return nh3.clean(
        html,
        tags=tags,
        clean_content_tags={"script", "style"},
        attributes=attributes,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


class _ImageFinder(HTMLParser):
    """Collect img tags' src and alt in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            values = dict(attrs)
            self.found.append((values.get("src") or "", values.get("alt") or ""))


IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
TH_IN_THEAD = re.compile(r"(<thead>.*?</thead>)", re.IGNORECASE | re.DOTALL)
PLACEHOLDER = "<!--quorum-image-{index}-->"


def finish_html(html: str, workdir: Path) -> ConversionResult:
    """Header cells get scope; images inside workdir become placeholders, others are dropped."""
    html = TH_IN_THEAD.sub(lambda m: m.group(1).replace("<th>", '<th scope="col">'), html)
    images: list[ExtractedImage] = []
    root = workdir.resolve()

    def replace(match: re.Match[str]) -> str:
        finder = _ImageFinder()
        finder.feed(match.group(0))
        if not finder.found:
            return ""
        src, alt = finder.found[0]
        path = (workdir / src).resolve() if src else None
        if path is None or not path.is_file() or root not in path.parents:
            return ""
        images.append(ExtractedImage(path=path, alt=alt.strip()))
        return PLACEHOLDER.format(index=len(images) - 1)

    html = IMG_TAG.sub(replace, html)
    # Pandoc repeats the alt text as a visible caption; screen readers would hear it twice.
    html = re.sub(r"<figcaption>.*?</figcaption>", "", html, flags=re.DOTALL)
    html = re.sub(r"</?figure>", "", html)
    return ConversionResult(html=html.strip(), images=images)


TABLE_TAG = re.compile(r"<(/?)table\b", re.IGNORECASE)


def check_structure(html: str, limits: Limits = Limits()) -> None:
    """Refuse tables nested deeper than any report needs: they hang the PDF and pack layout."""
    depth = deepest = 0
    for match in TABLE_TAG.finditer(html):
        depth = max(depth - 1, 0) if match.group(1) else depth + 1
        deepest = max(deepest, depth)
    if deepest > limits.max_table_depth:
        raise ConversionRejected(
            f"The document has tables nested {deepest} deep; Quorum accepts at most "
            f"{limits.max_table_depth}. Simplify the tables and upload it again."
        )


def check_images(images: list[ExtractedImage], limits: Limits = Limits()) -> None:
    """Refuse images too large to show or print (a few bytes can claim 20000 x 20000 pixels)."""
    from django.core.files.images import get_image_dimensions
    from PIL import Image

    too_big = ConversionRejected(
        "An image in the document is larger than Quorum can show (more than "
        f"{limits.max_image_pixels // 1_000_000} megapixels). Resize it and upload the "
        "document again."
    )
    for image in images:
        try:
            width, height = get_image_dimensions(image.path)
        except Image.DecompressionBombError as error:
            raise too_big from error
        if width and height and width * height > limits.max_image_pixels:
            raise too_big


def convert(source: Path, ext: str, workdir: Path, limits: Limits = Limits()) -> ConversionResult:
    """The whole pipeline for one file already checked by check_upload."""
    check_length(source, ext, limits)
    raw = run_pandoc(source, CONVERTIBLE[ext], workdir, limits)
    html = sanitise(raw)
    check_structure(html, limits)
    result = finish_html(html, workdir)
    check_images(result.images, limits)
    return result
