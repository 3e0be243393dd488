"""How a message is laid out and counted on each channel.

SMS/LMS are counted in EUC-KR bytes as Korean carriers do: ASCII 1 byte, Hangul and other
KS X 1001/CP949 characters 2 bytes. Emoji and other characters outside CP949 cannot travel in
an EUC-KR SMS at all; we count them at their UTF-8 length (usually 4 bytes) and report them, so
the guard can say the message needs an MMS/UTF-8 route or must drop them.
Kakao and push are counted in characters (code points) after variables are filled with their
longest sample values.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from crm_core.domain import Channel, ChannelSpec


@dataclass(frozen=True)
class Measure:
    """A length in the channel's unit, and the characters the channel's encoding cannot carry."""

    length: int
    unit: str
    unencodable: tuple[str, ...] = ()


def char_bytes(ch: str) -> int | None:
    """EUC-KR/CP949 bytes of one character, or None when CP949 cannot encode it."""
    if ord(ch) < 0x80:
        return 1
    try:
        return len(ch.encode("cp949"))
    except UnicodeEncodeError:
        return None


def euckr_measure(text: str) -> Measure:
    """EUC-KR/CP949 byte length; characters it cannot encode are counted at their UTF-8 length."""
    try:
        return Measure(len(text.encode("cp949")), "bytes")
    except UnicodeEncodeError:
        pass
    total, bad = 0, []
    for ch in text:
        n = char_bytes(ch)
        if n is None:
            bad.append(ch)
            n = len(ch.encode("utf-8"))
        total += n
    return Measure(total, "bytes", tuple(bad))


def fill_variables(text: str, spec: ChannelSpec) -> str:
    """Replace each declared personalisation variable with its longest sample value."""
    for variable, sample in spec.variables.items():
        text = text.replace(variable, sample)
    return text


def measure(text: str, spec: ChannelSpec) -> Measure:
    """Length of text as the channel counts it, variables filled at their longest."""
    filled = fill_variables(text, spec)
    if spec.unit == "bytes":
        return euckr_measure(filled)
    return Measure(len(filled), "chars")


def unit_length(text: str, spec: ChannelSpec) -> int:
    """Length of a text with no variables, in the channel's unit."""
    return euckr_measure(text).length if spec.unit == "bytes" else len(text)


def overflow_at(text: str, limit: int, spec: ChannelSpec) -> int | None:
    """Index of the first character of text that no longer fits in limit, counted as the channel
    counts (declared variables at their longest sample); None when the whole text fits."""
    variables = spec.variables
    firsts = {v[0] for v in variables if v}  # most characters start no variable: skip the lookup
    total, i = 0, 0
    while i < len(text):
        ch = text[i]
        variable = next((v for v in variables if text.startswith(v, i)), None) if ch in firsts else None
        total += unit_length(variables[variable], spec) if variable else _char_units(ch, spec.unit)
        if total > limit:
            return i
        i += len(variable) if variable else 1
    return None


@lru_cache(maxsize=8192)
def _char_units(ch: str, unit: str) -> int:
    """One character's length in a channel unit (cached: a long text repeats few distinct characters)."""
    if unit != "bytes":
        return 1
    n = char_bytes(ch)
    return len(ch.encode("utf-8")) if n is None else n


def customer_variable(spec: ChannelSpec) -> str | None:
    """The channel's declared name variable (e.g. #{고객명}), if it has one."""
    for variable in spec.variables:
        if "고객명" in variable or "name" in variable.lower():
            return variable
    return None


AD_LABEL = "(광고)"


def opt_out_line(channel: Channel, number: str) -> str:
    """The free opt-out an ad text message ends on. SMS takes the short form the KISA guide accepts
    ("무료거부" and the number without hyphens): 6 of its 90 bytes go back to the message."""
    if channel == Channel.sms:
        return f"무료거부 {number.replace('-', '')}"
    return f"무료수신거부 {number}"


LINK_MARK = "▶"  # an LMS's button label ("▶ 다시 채워두기") stands above its link, as in Korean ad texts
TEXT_CHANNELS = (Channel.sms, Channel.lms)  # no button: a link reaches the reader only inside the text


def text_link(channel: Channel, cta: str, link: str | None) -> list[str]:
    """The lines after an SMS/LMS body: its call to action, then the brief's link as the marketer typed it (their
    short link: UTM parameters would take half of an SMS's 90 bytes), on a line of its own before the opt-out. An
    SMS says its ask in the body and its link bare (a mark would take 3 more of its 90 bytes); an LMS's button label
    ("▶ 다시 채워두기") introduces the link on the next line."""
    lines = [cta if channel == Channel.sms else f"{LINK_MARK} {cta}"] if cta else []
    if link:
        lines.append(link if channel == Channel.sms or lines else f"{LINK_MARK} {link}")
    return lines


def channel_text(
    title: str,
    body: str,
    cta: str,
    spec: ChannelSpec,
    *,
    is_ad: bool,
    sender: str,
    opt_out_number: str,
    link: str | None = None,
) -> str:
    """Exactly what would be sent: ad label and sender first, free opt-out last for ads. An SMS or LMS carries the
    brief's link in its text (text_link), before the opt-out; every other channel links from its button."""
    channel = spec.channel
    if channel in TEXT_CHANNELS:
        head = f"{AD_LABEL}[{sender}]" if is_ad else f"[{sender}]"
        lines = [f"{head} {body}"] if channel == Channel.sms else [f"{head} {title}", body]
        lines += text_link(channel, cta, link)
        if is_ad:
            lines.append(opt_out_line(channel, opt_out_number))
        return "\n".join(lines)
    if channel == Channel.push:
        head = f"{AD_LABEL} {title}" if is_ad else title
        lines = [head, body]
        if is_ad:
            lines.append(f"수신거부: 앱 설정 > 알림에서 해제 ({sender})")
        return "\n".join(lines)
    if channel in (Channel.kakao_friendtalk, Channel.kakao_alimtalk):
        head = f"{AD_LABEL} {title}" if is_ad else title
        lines = [head, "", body, "", f"▶ {cta}"]
        if is_ad:
            lines += ["", f"{sender} · 수신거부: 채널 차단 / 무료수신거부 {opt_out_number}"]
        return "\n".join(lines)
    # email: subject line, body, button text, sender footer.
    subject = f"{AD_LABEL} {title}" if is_ad else title
    lines = [subject, "", body, "", f"[{cta}]", "", f"보낸 곳: {sender}"]
    if is_ad:
        lines.append(f"수신을 원하지 않으시면 수신거부를 눌러 주세요. 무료수신거부 {opt_out_number}")
    return "\n".join(lines)
