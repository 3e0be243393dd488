"""Phone-style previews: what the customer sees on a lock screen, in KakaoTalk, in the SMS app, in a mailbox.

Each preview is drawn from the exact channel text (ad label, sender and opt-out included) with the
channel's personalisation variables filled with their sample values. Every piece of text is
escaped (render.esc); only the frame is HTML.
"""

from __future__ import annotations

from crm_core.channels import fill_variables, measure
from crm_core.domain import Channel, ChannelSpec
from ui.render import esc

# A lock screen shows about two lines of a notification's body; the title is cut at the spec's limit.
LOCK_SCREEN_BODY_CHARS = 60
CSS = """
<style>
.crm-phone { width: 300px; border: 8px solid #1f1f24; border-radius: 28px; padding: 14px 10px;
             background: #f2f3f5; font-size: 0.85rem; line-height: 1.45; margin-bottom: 0.5rem; }
.crm-phone .bar { text-align: center; color: #666; font-size: 0.72rem; margin-bottom: 8px; }
.crm-phone .note { color: #666; font-size: 0.72rem; margin-top: 6px; }
.crm-phone .over { color: #c5221f; font-weight: 600; }
.crm-push { background: rgba(255,255,255,0.92); border-radius: 14px; padding: 8px 10px;
            box-shadow: 0 1px 3px rgba(0,0,0,0.15); }
.crm-push .app { color: #666; font-size: 0.72rem; } .crm-push .title { font-weight: 600; }
.crm-kakao { background: #bacee0; border-radius: 10px; padding: 8px; }
.crm-kakao .who { font-size: 0.75rem; color: #333; margin-bottom: 3px; }
.crm-kakao .bubble { background: #fff; border-radius: 8px; overflow: hidden; }
.crm-kakao .head { background: #fee500; padding: 6px 10px; font-weight: 600; font-size: 0.78rem; }
.crm-kakao .text { padding: 8px 10px; white-space: pre-wrap; }
.crm-kakao .button { margin: 0 10px 10px; border: 1px solid #ddd; border-radius: 6px; text-align: center;
                     padding: 5px; background: #f7f7f7; }
.crm-sms .bubble { background: #e9e9eb; border-radius: 16px; padding: 8px 12px; white-space: pre-wrap;
                   max-width: 92%; }
.crm-mail { background: #fff; border-radius: 8px; padding: 8px 10px; }
.crm-mail .subject { font-weight: 600; } .crm-mail .from { color: #666; font-size: 0.75rem; }
.crm-mail .text { white-space: pre-wrap; margin-top: 6px; }
</style>
"""


def cut(text: str, limit: int) -> str:
    """Text as a screen shows it when it has room for `limit` characters: cut, with an ellipsis."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def frame(inner: str, bar: str, note: str) -> str:
    return f'<div class="crm-phone"><div class="bar">{esc(bar)}</div>{inner}<div class="note">{note}</div></div>'


def length_note(text: str, spec: ChannelSpec) -> str:
    """'84/90바이트' as the channel counts it (variables at their sample values); red past the limit."""
    length = measure(text, spec).length
    unit = "바이트" if spec.unit == "bytes" else "자"
    shown = f"{length:,}/{spec.body_limit:,}{unit}"
    return f'<span class="over">{shown} · 한도 초과</span>' if length > spec.body_limit else shown


def push(text: str, spec: ChannelSpec, sender: str) -> str:
    title, _, body = text.partition("\n")
    title_limit = spec.title_limit or 40
    inner = (
        f'<div class="crm-push"><div class="app">{esc(sender)} · 지금</div>'
        f'<div class="title">{esc(cut(title, title_limit))}</div>'
        f"<div>{esc(cut(' '.join(body.split()), LOCK_SCREEN_BODY_CHARS))}</div></div>"
    )
    shown = f"잠금 화면: 제목 {title_limit}자, 본문 약 {LOCK_SCREEN_BODY_CHARS}자까지 보입니다"
    note = f"{shown} · 전체 {length_note(text, spec)}"
    return frame(inner, "잠금 화면 알림", note)


def kakao(text: str, spec: ChannelSpec, sender: str) -> str:
    lines = text.split("\n")
    buttons = [line.removeprefix("▶ ").strip() for line in lines if line.startswith("▶ ")]
    message = "\n".join(line for line in lines if not line.startswith("▶ ")).strip("\n")
    kind = "알림톡" if spec.channel == Channel.kakao_alimtalk else "친구톡"
    inner = (
        f'<div class="crm-kakao"><div class="who">{esc(sender)}</div><div class="bubble">'
        f'<div class="head">{esc(kind)} 도착</div><div class="text">{esc(message)}</div>'
        + "".join(f'<div class="button">{esc(b)}</div>' for b in buttons)
        + "</div></div>"
    )
    return frame(inner, f"카카오톡 · {kind}", f"버튼 {len(buttons)}개 · {length_note(text, spec)}")


def sms(text: str, spec: ChannelSpec, sender: str) -> str:
    inner = f'<div class="crm-sms"><div class="bubble">{esc(text)}</div></div>'
    return frame(inner, f"문자 · {spec.name_kr}", f"{length_note(text, spec)} (EUC-KR 기준)")


def email(text: str, spec: ChannelSpec, sender: str) -> str:
    subject, _, body = text.partition("\n")
    inner = (
        f'<div class="crm-mail"><div class="subject">{esc(subject)}</div>'
        f'<div class="from">보낸 사람: {esc(sender)}</div><div class="text">{esc(body.strip())}</div></div>'
    )
    return frame(inner, "메일함", length_note(text, spec))


DRAW = {
    Channel.push: push,
    Channel.kakao_alimtalk: kakao,
    Channel.kakao_friendtalk: kakao,
    Channel.sms: sms,
    Channel.lms: sms,
    Channel.email: email,
}


def phone(channel_text: str, spec: ChannelSpec, sender: str) -> str:
    """The customer's screen for this channel, variables filled with the channel's sample values."""
    filled = fill_variables(channel_text, spec)
    return DRAW[spec.channel](filled, spec, sender)
