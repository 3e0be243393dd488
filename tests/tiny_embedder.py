"""Build a tiny random sentence-transformers model folder offline, so dense code paths run in tests.

The model is a 2-layer BERT (hidden 32) with a WordPiece vocabulary trained on the spot from
Korean and English text, mean pooling and L2 normalisation. Its vectors mean nothing; it only
proves that loading, batching, pooling and faiss plumbing work without the Hugging Face hub.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

DEFAULT_CORPUS = (
    "건조한 피부에 보습이 오래 가요. 촉촉하고 끈적임이 없어요.",
    "민감한 피부도 자극 없이 진정돼요. 붉은기가 가라앉았어요.",
    "미백 기능성 세럼으로 톤이 맑아졌어요. 잡티가 옅어졌어요.",
    "주름 개선 크림, 탄력이 생기고 피부결이 매끈해요.",
    "가성비 좋은 토너, 용량이 넉넉하고 가격이 착해요.",
    "향이 은은하고 발림성이 좋아요. 흡수가 빨라요.",
    "지성 피부라 유분이 걱정이었는데 산뜻하게 마무리돼요.",
    "선크림이 백탁 없이 가볍고 눈시림이 없어요.",
    "라네즈 설화수 이니스프리 아이오페 에뛰드 에스트라",
    "query: passage: moisture cream serum toner sunscreen review",
)


def build_tiny_model(
    folder: str | Path,
    corpus: Iterable[str] = DEFAULT_CORPUS,
    *,
    hidden_size: int = 32,
    layers: int = 2,
    vocab_size: int = 400,
    seed: int = 0,
) -> Path:
    """Write a loadable sentence-transformers model to `folder` (seconds on CPU) and return it."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    folder = Path(folder)
    raw = folder / "_raw"
    raw.mkdir(parents=True, exist_ok=True)
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    wordpiece = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    wordpiece.normalizer = normalizers.NFKC()
    wordpiece.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(vocab_size=vocab_size, special_tokens=specials, min_frequency=1)
    wordpiece.train_from_iterator(list(corpus), trainer=trainer)
    cls_id, sep_id = wordpiece.token_to_id("[CLS]"), wordpiece.token_to_id("[SEP]")
    wordpiece.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]", special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)]
    )
    wordpiece.decoder = decoders.WordPiece()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=wordpiece,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_input_names=["input_ids", "token_type_ids", "attention_mask"],
    )
    tokenizer.save_pretrained(raw)

    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=wordpiece.get_vocab_size(),
        hidden_size=hidden_size,
        num_hidden_layers=layers,
        num_attention_heads=2,
        intermediate_size=hidden_size * 2,
        max_position_embeddings=128,
    )
    BertModel(config).save_pretrained(raw)

    transformer = Transformer(str(raw), max_seq_length=64)
    model = SentenceTransformer(modules=[transformer, Pooling(hidden_size, "mean"), Normalize()], device="cpu")
    model.save(str(folder))
    return folder
