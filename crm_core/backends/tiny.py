"""Tiny random Qwen2 / Exaone4 models with a locally trained tokenizer: runs the real path offline.

Tests, the benchmark and `python -m crm_core models make-tiny DIR` build these so the transformers
backend (chat templates, left padding, batching, constrained JSON, adapters) runs on any CPU with
no download. Their weights are random, so their copy is garbage: the chain must flag and fall back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

Arch = Literal["qwen2", "exaone4"]

# Our own sentences (never the prototype's): enough Hangul, digits and JSON punctuation for a BPE.
CORPUS = (
    "촉촉한 보습 크림으로 하루를 시작해 보세요.",
    "가볍게 스며드는 젤 크림이 피부를 산뜻하게 감싸 줘요.",
    "민감한 피부도 편안하게 쓸 수 있는 순한 토너입니다.",
    "인삼에서 얻은 성분이 피부 탄력을 채워 줍니다.",
    "아침저녁 세안 후 적당량을 얼굴 전체에 펴 발라 주세요.",
    "지금 바로 제품 정보를 확인해 보세요.",
    "처음 만나는 분께 작은 사용 팁을 알려 드려요.",
    "건조한 계절에도 촉촉함이 오래가는 크림을 소개합니다.",
    "후기에서 흡수가 빠르고 끈적임이 없다는 이야기가 많아요.",
    "자외선 차단 기능성 선크림으로 외출 전 피부를 지켜 주세요.",
    "고객님의 피부 고민에 맞춘 루틴을 제안해 드립니다.",
    "브랜드의 이야기를 천천히 살펴보세요.",
    "새로 나온 세럼을 가볍게 둘러보기.",
    "전문적인 성분 설명과 함께 올바른 사용 순서를 안내합니다.",
    "은은한 향과 부드러운 사용감이 하루의 끝을 편안하게 만들어 줘요.",
    "재구매가 이어지는 이유를 확인해 보세요.",
    "친구에게 추천하고 함께 써 보세요.",
    "피부결이 매끄럽게 정돈되는 느낌을 경험해 보세요.",
    "진정 케어가 필요한 날에는 시카 크림을 챙겨 주세요.",
    "쿠션 하나로 가볍고 자연스러운 피부 표현을 완성해요.",
    "설화수 자음생크림 60ml 정가 250,000원 주요 성분 인삼",
    "라네즈 워터뱅크 크림 50ml 히알루론산 보습",
    "이니스프리 그린티 세럼 80ml 녹차 추출물",
    "아이오페 레티놀 엑스퍼트 30ml 주름개선 기능성",
    "에뛰드 순정 약산성 클렌징 폼 150ml 저자극",
    "에스트라 아토베리어 크림 80ml 세라마이드",
    "제목 본문 행동 유도 문구 버튼 앱 푸시 카카오 문자 이메일",
    "해요체 합쇼체 이모지 없음 조금 많이 채널 글자 수 이내",
    "이벤트 기간 동안 구매 고객께 샘플을 드려요.",
    "지금 확인하기 자세히 보기 구매하러 가기 혜택 보기",
    '{"title": "촉촉한 하루", "body": "보습 크림으로 피부를 채워 보세요.", "cta": "지금 보기"}',
    '{"title": "새로운 시작", "body": "가벼운 젤 크림을 만나 보세요.", "cta": "자세히 보기"}',
    "0 1 2 3 4 5 6 7 8 9 10 20 30 50 100 % 원 ml g 매 개",
    "! ? . , : ; ( ) [ ] { } # - ~ / \" ' \n",
    "system user assistant 초안 브랜드 톤 단계 규칙 스타일 예시",
)

QWEN_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)
# EXAONE 4.0 style: reasoning mode opens a <think> block; non-reasoning mode does not.
EXAONE_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '[|' + message['role'] + '|]' + message['content'] + '[|endofturn|]\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '[|assistant|]' }}"
    "{%- if enable_thinking is defined and enable_thinking %}{{- '<think>\\n' }}{%- endif %}"
    "{%- endif %}"
)

SPECIAL_TOKENS: dict[Arch, dict[str, str]] = {
    "qwen2": {"pad": "<|endoftext|>", "eos": "<|im_end|>", "extra": "<|im_start|>"},
    "exaone4": {"pad": "[PAD]", "eos": "[|endofturn|]", "extra": "[BOS]"},
}
EXTRA_SPECIALS: dict[Arch, tuple[str, ...]] = {
    "qwen2": (),
    "exaone4": ("[|system|]", "[|user|]", "[|assistant|]", "<think>", "</think>"),
}


def train_tokenizer(arch: Arch, texts: Iterable[str] = CORPUS, vocab_size: int = 800):  # -> PreTrainedTokenizerFast
    """A byte-level BPE (like Qwen's and EXAONE's) trained on Korean text, with the arch's chat template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    names = SPECIAL_TOKENS[arch]
    specials = [names["pad"], names["eos"], names["extra"], *EXTRA_SPECIALS[arch]]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tok.train_from_iterator(list(texts), trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        pad_token=names["pad"],
        eos_token=names["eos"],
        additional_special_tokens=list(specials[2:]),
        padding_side="left",
    )
    fast.chat_template = QWEN_TEMPLATE if arch == "qwen2" else EXAONE_TEMPLATE
    return fast


def tiny_config(arch: Arch, vocab_size: int, pad_id: int, eos_id: int, layers: int = 2, hidden: int = 64):
    """A few-layer config of the real architecture; vocab padded to a multiple of 64 like the real ones."""
    from transformers import Exaone4Config, Qwen2Config

    vocab = -(-vocab_size // 64) * 64
    common = dict(
        vocab_size=vocab,
        hidden_size=hidden,
        intermediate_size=hidden * 2,
        num_hidden_layers=layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=4096,
        pad_token_id=pad_id,
        eos_token_id=eos_id,
        bos_token_id=None,
        tie_word_embeddings=True,
    )
    if arch == "qwen2":
        return Qwen2Config(**common, rope_parameters={"rope_type": "default", "rope_theta": 1_000_000.0})
    return Exaone4Config(
        **common,
        sliding_window=None,
        sliding_window_pattern=None,
        layer_types=["full_attention"] * layers,
        rope_parameters={"rope_type": "default", "rope_theta": 1_000_000.0},
    )


def make_tiny_model(
    arch: Arch, out_dir: str | Path, *, seed: int = 0, layers: int = 2, hidden: int = 64, texts: Iterable[str] = CORPUS
) -> Path:
    """Write a loadable tiny causal LM folder (config, safetensors, tokenizer, chat template)."""
    import torch
    from transformers import AutoModelForCausalLM, GenerationConfig

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = train_tokenizer(arch, texts)
    pad_id = tokenizer.convert_tokens_to_ids(tokenizer.pad_token)
    eos_id = tokenizer.convert_tokens_to_ids(tokenizer.eos_token)
    config = tiny_config(arch, len(tokenizer), pad_id, eos_id, layers=layers, hidden=hidden)
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config)
    model.generation_config = GenerationConfig(pad_token_id=pad_id, eos_token_id=eos_id)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    meta = {"tiny": True, "arch": arch, "seed": seed, "note": "random weights; for tests and offline demos only"}
    (out / "tiny.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return out


def make_tiny_adapter(model_dir: str | Path, out_dir: str | Path, *, seed: int = 1, rank: int = 4) -> Path:
    """A LoRA adapter on q/v projections with non-zero B, so merging it visibly changes the weights."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(model_dir)
    config = LoraConfig(r=rank, lora_alpha=2 * rank, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    torch.manual_seed(seed)
    peft_model = get_peft_model(base, config)
    out = Path(out_dir)
    peft_model.save_pretrained(out)
    return out


def make_tiny_pair(out_dir: str | Path, *, with_adapter: bool = True) -> dict[str, Path]:
    """drafter (Qwen2 arch), refiner (Exaone4 arch) and a refiner LoRA adapter under out_dir."""
    out = Path(out_dir)
    paths = {
        "drafter": make_tiny_model("qwen2", out / "tiny-qwen2", seed=0),
        "refiner": make_tiny_model("exaone4", out / "tiny-exaone4", seed=1),
    }
    if with_adapter:
        paths["adapter"] = make_tiny_adapter(paths["refiner"], out / "tiny-exaone4-lora")
    return paths
