"""Hand-written Korean review fragments for scripts/make_reviews.py.

Every fragment is a sentence written in 요체 for this sample catalog. Placeholders:
{cat} category noun (크림, 토너, 선스틱 …), {brand}, {nick} (the product's everyday name),
{ing} (one key ingredient). A particle after a colon is chosen by the last syllable:
{cat:이} → "크림이" / "토너가"; families: 은 이 을 과 으로 이랑 이라 이에요 이나 이라서.
"""
