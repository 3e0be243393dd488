"""Counts behind the long-form flow complaints of blind readings 17-19 (KakaoTalk, LMS, email) over copy_eval's
grid, every brief sent on each long channel. Each key is a seam a reader named; the count is the messages that
show it.

Frames and fillers a reader called template copy:
- miss_frame: "…을 써 보기 전엔 모르고 지나치기 쉬운 점" / "…써 보지 않으면 놓치기 쉬운 건 …";
- first_felt: "써 보면 먼저 느껴지는/눈에 띄는 건" (상투적);
- one_more: "하나 더 꼽자면" (나열식 조립);
- point_recall: "…라는 점을 (가장 먼저) 떠올리게" (문형 어색);
- filler: "첫날부터 체온에 녹아", "쓰는 몇 분이 즐거운지", "마음이 편안해져요", "기분이 좋아집니다";
- self_praise: "권해도 자신 있" (the brand vouching for itself in a friend's voice);
- when_twice: two sentences ending on "…때예요/때입니다" ("챙길 때예요 … 할 때예요");
- this_kind_thrice: "이 {kind}" said three times or more ("이 헤어 세럼" 세 번);
- name_echo: the sentence that makes the product its topic says a word of its name that is an ingredient again
  ("알파인베리 크림은 알파인베리 추출물을 담은 …", 동어반복), unless it says so ("이름 그대로").

Sentence flow:
- define_twice: two sentences that each end on what the product is ("…선크림이에요 … 자외선 차단제예요");
- same_ending_pair: two sentences in a row ending on the same ending (copula twice, "…담았어요" then "…넣었어요");
- name_start_pair: two sentences in a row opening with the product (its name or "이 {kind}");
- short_run: three or more short sentences (under 28 characters) in a row;
- bare_define: a sentence that only says what it is ("…은 가벼운 세럼이에요.", under 30 characters).

Stage contradictions:
- active_first_order: a first-use (활성화) message offering a first order ("첫 주문", "첫 구매") to a reader it
  says already uses the product ("이제 막 쓰기 시작하셨다면", "새로 들이신");
- user_try: a user (유지) message saying "써 보면", "써 보기 전", "먼저 경험해 본", "처음 만나";
- allinone_line: an all-in-one told to combine with its line;
- bought_new_fun: a first-use message asking "새로운 재미";
- referral_odd_quote: a referral quote naming a UV filter, cholesterol or a base humectant.

Assembled seams (readings 20-21: "조립된 느낌", "사용법이 두 번", "'권하'와 '가까운 분께' 반복", "'오늘' 반복"):
- intro_announce: a sentence announcing what comes next ("어떤 제품인지 먼저 짚어 드릴게요", "어떤 …인지부터 짧게
  소개해 드릴게요", "핵심부터 짧게 정리해 드릴게요") before the line that says it anyway ("도입부 군더더기");
- usage_twice: two sentences that each give a how-to step ("…면 돼요", "…쓰실 때는", "…바른 뒤 …도 좋아요");
  usage_split: two such sentences with another between them (the how-to said in two places);
- neighbour_stem: a watched stem (권하/권해, 가까운 분, 오늘, 요즘, 첫 사용) said in two sentences in a row;
- bare_kind_after: a sentence that is only the kind ("보습 유액이에요.", at most three words) right after a
  sentence naming the product;
- second_point: the "…라는 점도 빼놓을 수 없어요" frame;
- choose_basis: "…이 이 {category}을 고르는 기준이 돼요";
- added_build: "여기에 …까지 더한 구성이에요" (a tacked-on sentence);
- price_comma: "{volume}에 정가 {price}원, …" (a noun phrase with a comma standing for a clause);
- dangling_do: "후기 중에도 … 이야기도" (도 twice in one clause);
- off_face_routine: a lip, body or hair product told of its face routine ("매일 쓰던 순서", "스킨케어 … 단계");
- unbought_use: a first-use message carrying a first-order offer ("첫 주문") whose close asks to use the
  product today or tomorrow (the reader has not ordered it yet: "첫 주문 전인데 '내일 아침 시작'");
- email_thin: an email body of three sentences or fewer.

Time and stage slips (reading 22: "'받으신 날'과 첫 주문 안내의 시점 충돌", "첫 유입 고객에게 '쓸 때마다'가 어긋남",
"재사용 고객에게 사용법 재안내가 군더더기", "'놓치기 쉬운 점'을 약속하고 실제로는 설명만 나열"):
- order_received: a message offering a first order ("첫 주문", "첫 구매") that says "받으신 날" (delivery day);
- acq_every_use: an acquisition (획득) message saying "쓸 때마다" / "바를 때마다" (as if the reader used it);
- feel_moment: the "{product}의 {feel}, 쓰는 순간 바로 느껴져요" frame;
- retain_usage: a retention (유지) message giving a usage step again ("매일 쓰실 때는 …면 돼요");
- miss_promise: a title or hook promising "놓치기 쉬운 점/사용법" (the body gives the plain usage step, no tip);
- enough_twice: "충분" said in two sentences;
- stem_twice: "새로 들이신" twice, or "권하/권해" in three sentences or more;
- first_use_start: "첫 사용을 시작" (s4276: "'첫 사용을 시작' 중복");
- kind_echo: "…크림으로, 쫀쫀한 크림이 …" (s4276: "'크림으로…크림이' 반복"), the kind said again as a word in the
  clause joined after it.

Written, not assembled (reading 23, s1416, s8594, s5860, s8529, s1677, s8005, s5728, s9447, s5913):
- ending_thrice: three sentences in a row ending the same way (copula 이에요/입니다 three times, or the same final
  word form), the close included ("'~입니다'가 세 번 이어져 딱딱하고");
- title_echo: a feeling word of the title said again in the close ("궁금했던 … 궁금했다면", "고마운 분께 … 고마움");
- stem_in_sentence: one sentence saying 고마운/고마움, 궁금 or 마음 twice;
- intro_usage_echo: "세안 직후/세안 후/첫 단계" said in the intro and again in the usage step;
- bare_is: "{name}은 {one or two words}입니다" (a category sentence that adds nothing: "자음유액 EX는 보습 유액입니다");
- season_stock: a stock season opener ("겨울이 깊어지기 전", "겨울로 접어드는 길목",
  "{scene}에는 … 계절에 맞춰 고르게");
- title_promise: a title promising what the body does not give ("써 보니 권하고 싶은 점", "기분까지 챙기는");
- next_step_odd: a cushion, lip or base product sent to its "다음 단계 제품" (the event's own line aside);
- fomo_slow: a FOMO-style message closing "천천히".

Reading 24 (s1940, s8005, s5468, s7114, s4132, s3112, s2662, s3434, s3180, s9194, s5014):
- short_define: a sentence of at most three words that only says what the product is ("보습 유액이에요.",
  "각질 케어 토너입니다."), not the first sentence;
- felt_odd: "…이 느껴져요/느껴집니다" with an object that is not a sensation, a feature that does something
  ("한 단계로 끝내는 보습 마무리가 느껴져요", "손으로도 쉽게 나는 거품이 느껴져요");
- phrase_twice: three words in a row said twice in one message, the title included, the product's and brand's
  names aside ("혼자 알기 아까운 … 혼자 알기 아까웠던", "몽글몽글한 거품의 부드러운 세안" twice);
- must_not_miss: the "놓치지 말아야 할 건 …" frame;
- pack_left: "남은 양" for a product sold by the sheet (매) or a sheet mask;
- presume_first: a first-contact (획득) message with a feature that presumes earlier use ("앞 단계에 적응한");
- scent_proof: a review of scent or packaging quoted for a product with a strong active (retinol, vitamin C,
  acids, peptides, a functional claim).

Reading 25 (s5860, s3795, s1677, s3180, s8522, s6040, s3208, s4619, s5913, s9337): one written message, not lines.
- stem_thrice: "써 보/써 본", "후기" or "이어" said three times or more (title and body: "'써 본' 반복이 많고",
  "'후기'가 세 번 반복", "'이어지는/이어 쓰기' 반복" counts two);
- first_twice: "처음" in two sentences of the body ("'처음' 반복");
- fact_twice: one fact said twice in other words ("화사하게 오래 유지되는 톤업 … 톤업이
  무너지지 않고 오래 유지됩니다", "가벼운 … 무겁지 않은"): light, lasting, moist or mild said by two of its wordings
  or by one wording twice, in two sentences (the close aside);
- eval_run: two sentences in a row ending on an evaluation ("…쓰기 좋습니다. …쓰기 편합니다.",
  "좋습니다·편합니다 반복");
- warm_order: a 합쇼체 message in a warm tone (친근한, 감성적인, 트렌디한) whose body ends a sentence on the bare order
  "…십시오." ("친근한 톤에 '들려주십시오'가 딱딱함");
- brand_mid: the brand's introduction said alone ("{brand}는 … 브랜드입니다") between the product's facts, or joined
  to a fact ("…브랜드로, 이 크림에는 …") right after a review ask ("브랜드 소개 문장이 중간에 끼어 흐름이 끊기고",
  "후기 요청 흐름 사이에 브랜드 소개가 끼어");
- functional_long: the functional-cosmetic sentence of 80 characters or more, or one that joins two definitions and
  a comma ("…크림이자 비타민C 유도체가 들어 있는, …기능성 화장품", "기능성 설명 문장이 길고 겹쳐").

Reading 26 (s1416, s3078, s4048, s3434, s6040, s5860):
- bare_kind_comma: a sentence opening on the bare kind, the name's words cut away ("미스트로, 어린쑥과 어성초 추출물을
  담았습니다.", "수분 크림으로, 히알루론산을 담았어요": "'미스트로,' 문장이 깨짐");
- label_define: a label line joined to the definition ("포뮬러에는 이산화티타늄·히알루론산을 담은, 촉촉한 … 파운데이션
  입니다": "문장 호응이 어색");
- season_frame: the seasonal style's line "{season}에는 {category} 하나도 (조금 더 꼼꼼히/계절에 맞게) 챙기게"
  (a sibling of season_stock that says nothing of the product either);
- brand_user: a retention or referral message (the reader uses the product) carrying the brand's introduction ("유지
  단계에 브랜드 소개는 불필요").

Reading 27 (s5860, s8621, s5468, s3520, s8005, s1356, s3208, s1923, s8522):
- user_stock: a retention opener that fits any product ("{season}에도 …과 함께라면 루틴이 한결 가뿐해져요",
  "…한 번 더 꼼꼼히 챙기게 돼요": "'루틴이 가뿐해져요' 어색한 연결");
- other_review: a review said as "다른 분도 … 후기로 남겼어요" ("'다른 분도' 어색한 연결");
- active_unsaid: a care tip naming an active ("레티놀 제품을 하루 쉬어 가도") the message names nowhere else
  ("제품 설명에 없던 '레티놀 제품'이 갑자기 등장");
- event_twice: the event's campaign or empties said in two sentences ("공병 캠페인 안내가 두 번 반복");
- scalp_off: "두피" in a message for a hair product whose name, claims and usage never touch the scalp ("모발 세럼에
  '내 두피에 맞는지'");
- look_twice: "살펴볼 만/눈여겨볼 만" in two sentences ("'살펴볼 만합니다' 반복");
- hand_twice: "손이 갈" twice ("'손이 갈 두피 에센스라면' 반복");
- mood_care: "기분 전환" for a product with a registered function ("탈모케어에 '기분 전환' 어색");
- ingredient_twice: one of the product's ingredients named in two sentences ("'비자 오일'이 두 번 반복");
- dry_matte: a dry day answered by a matte or powdery finish in one sentence ("건조한 날과 세미 매트 피니시");
- feel_approach: "…부터 기분 좋게 다가와요" ("'점도가 있는 제형부터 다가옵니다' 어색");
- season_bare: the seasonal line left with no fact of the product to name (every fact said elsewhere): "{season}에도 이
  {category}만큼은 꾸준히 이어 쓰게 돼요" (a frame still, counted beside season_frame and user_stock).

Readings 28-29 (s7520, s8621, s5728, s9739, s7520, s3795, s9667, s3180, s4562, s9088, s6040, s3112, s2766):
- hanmadi_twice: "한마디" in two sentences ("'한마디가 ~이 됩니다' 문장이 두 번 반복");
- watched_twice: a watched content word in two sentences of one body (좋았던, 만나, 번들거, 제형, 요즘, 예민한 날,
  자외선 차단제, 꺼내, 꾸준히, 사용감: "'만나 보기/만나게 돼요' 반복", "'번들거림' 반복", "'크림 제형' 반복");
- care_twice: one caution said twice ("자외선 차단제" or "예민한 날" in two sentences);
- name_taut: the product's name followed by an ingredient its name already says ("…수딩 젤에는 세라마이드가",
  "…클렌저는 이름 그대로 살리실산을"), "이름 그대로" included;
- acq_first_use: an acquisition (획득) message that presumes the product in hand ("처음 쓰는 날", "꺼내 쓰면");
- first_fav: a first-contact or first-use message asking "즐겨 쓰는 제품일수록";
- fomo_empty: "…의 사용감, 모르고 지나치기엔 아깝" where no other sentence says how it feels;
- ask_stack: a referral message with two asks or more besides its close ("기다리고 있", "넘기기엔 아쉽", "적어야");
- email_lines: an email body of three one-sentence paragraphs or more ("문단이 끊긴 조각 나열").

Readings 30-31 (s1811, s2766, s5860, s3112, s3434, s6328, s1261, s1416, s1356, s3208, s2662, s9826, s6086):
- own_and_order: a first-use (활성화) message that says the reader owns the product ("새로 들인 이", "쓰기 시작하는
  이", "꺼내 쓰면", "꺼낸") and asks for or offers a first order ("첫 주문", "첫 구매", "구매 확정"): "'새로 들인'과
  '첫 주문으로 눈여겨보셨나요'가 모순";
- title_order: a title promising an order ("이 순서만 챙기") ("제목(순서)과 본문이 어긋나고");
- title_reason: a title promising a reason ("매일 쓰는 이유") over a body with no clause giving one ("…라", "덕분");
- news_empty: "… 소식이 있어요" ("'소식이 있어요' 하고 소식이 없음");
- season_allyear: a seasonal title over a body saying "사계절";
- mood_shift: "그 자체로 작은 기분 전환" (상투적 군더더기);
- first_try_odd: "처음 써 보면 …부터 기분 좋게 만나게/느끼게" ("어색");
- ask_after: "요즘 …, 잘 쓰고 계신가요?" after a statement ("첫 문장과 질문 순서가 뒤바뀐 듯");
- ingredient_lead: the "성분부터 살펴보면, …에는 …이 담겨 있" opener ("문장이 뚝뚝 끊김");
- live_tip: a first-use message with a live broadcast that closes on the first-use tip ("라이브·팁 CTA가 겹침").

Reading 32 (s1811, s1261, the lead's count of the retention close and the email's sun line):
- as_named: "이름 그대로" ("…클렌저는 이름 그대로 살리실산을 담은 클렌저": "'이름 그대로' 동어반복");
- dundun_twice: "든든" in two places ("미리 채워 두면 든든합니다. 하나 더 준비해 두면 마음이 든든합니다");
- apposition_intro: "{definition}, {product}(이)에요" ("어린쑥과 어성초 추출물을 담은 미스트, 어린쑥 트러블 미스트예요":
  "제품명 소개 문장이 어색함");
- spf_twice: the SPF rating said twice in one body.

Round 24 (readings 33-36: "계절감 없음", "FOMO 약함", "시간 긴박 없음", "감성 공감 없음"): the brief's style family
heard in the title and body, counted per style and channel (style_heard of style_all, by style and channel):
- time (시간 긴박형): the body names a time to act (오늘, 지금, 이번 주, 내일, 오늘 밤, 기간, 마감, 까지);
- FOMO (놓침 방지형): the body (not the title alone) says what would be missed (놓치, 지나치, 아깝/아까, 아쉽/아쉬,
  넘기기, 모르셨; to a user, running out: 떨어지, 다 쓰기 전);
- feeling (감성 공감형): the body tells a moment or a feeling (마음, 기분, 설레, 하루, 날에도/날에는, 나를, 고마,
  즐거, 여유, 다정, 반가, 편안해지, 위로);
- season (계절 맞춤형): a sentence of the body names the season and what it does (건조, 바람, 난방, 실내, 온도,
  기온, 햇, 자외선, 땀, 습, 더위, 추위, 일교차, 황사, 당김, 각질) or a fact that answers it (winter: 촉촉, 보습, 수분,
  윤기 …), not a bare "겨울에 {product}은 {a colour}부터";
- mixed (혼합 전략형): one of the four above; information is the message itself and is not counted.

Round 24, second part (readings 33-36: "쉼표가 겹침", "첫 문장 길고", "전환이 다음 단계로 흐려짐", "'골라 담아 보시면
좋겠습니다' 어색", "마지막 문장 장황"):
- greet_two_commas: a first sentence that opens on the greeting ("#{고객명}님, ") and holds another comma
  ("#{고객명}님, 실내외 온도 차가 커지는 겨울, …");
- first_long: the first told sentence (a greeting alone aside) over 60 Hangul syllables (also per channel);
- close_next_step: a close sending the reader to the next step's products ("다음 단계 제품을 … 비교해");
- close_pick_fill: a close on "골라 담아 보";
- close_long: a choosing (매출·전환) close over 32 Hangul syllables.

Readings 37-40 (round 25: s1719, s7749, s2638, s3173, s7143, s5910, s6905, s9944, s9977, s2939, s9975):
- user_not_owner: a next-step (매출·전환) message that speaks to a user of the product ("쓰고 계신", "곁에 두고
  쓰시는", "이어 쓸 다음 단계") and also to one who has not chosen it ("바꿔 쓸 …이라면", "…을 고른다면", "아직 써 보지
  않으셨다면", "두고 고민하셨다면", "오래 고민한 …", "처음 만나는 설렘", "써 보지 않고 넘기기엔", "이번 주는 …으로
  루틴에 작은 변화를", "…을 소개해 드려요"): "'바꿔 쓸 팩/쓰고
  계신/오래 고민한' 고객 상태가 서로 모순";
- vivid_recall: "지금이라면 아직 생생하게 떠올라요" ("어색");
- season_cause: "…제형이라 (이 …은) 꾸준히 이어 쓰게 돼요" (a texture given as the reason one keeps using it: "인과
  어색");
- order_filler: "쓰는 순서와 양을 알맞게 맞춰야 … 사용감을 제대로 만날/느낄 수 있어요" ("채움 문장", "'사용감을 만날
  수' 어색");
- miss_meet: "…부터 놓치지 말고 만나/느껴 보세요" ("'세안부터 놓치지 말고 만나 보시길' 어색");
- keep_bring: "곁에 둘 {product}을 들여 보세요" ("'곁에 둘 이 선크림을 들여 보십시오'");
- season_topic: a first sentence "{season}에 {product}은 …" ("'겨울에 …토너는' 첫 문장 어색");
- func_twice: the functional claim's words said twice ("주름 개선 기능성 반복");
- kind_as_kind: "…을 미스트로 담은 보습 미스트" (the kind said twice in one phrase);
- comma_scent: "…세럼으로, … 녹차 향입니다" (a definition joined to a scent that is not what the product is);
- order_title_use: a first-use message offering a first order ("첫 주문", "첫 구매") under a first-use how-to title
  ("…첫 사용, 쓰는 법만 챙기세요", "…과 여는 첫날", "…첫 사용 가이드": "제목은 첫 사용법인데 본문은 첫 주문 유도로
  어긋남", s8120, s7178, s7183, s3452);
- next_title_pick: a next-step (stage 3) message whose body speaks to a user of the product under a title for one
  still choosing ("…, 지금 고르기 좋은 때", "…, 고민만 하기엔 아쉬울 때");
- alert_keep: a running-out alert event ("알림 신청") also told to keep one now ("지금 챙겨 두", two asks);
- day_calm: the calm evening scene ("하루를 정돈하는 고요한 저녁") for a daytime product (mist, sun care, cushion)
  or under the trendy tone;
- toned_calm: a lip, cushion or base product opened on a calm scene ("고요한 저녁", "차분한 아침": "저녁 립 틴트로
  마음이 편해진다는 연결 어색").

Readings 41-44 (round 26: s2715, s4969, s5039, s1686, s4023, s7599, s2472, s3592, s5244, s2335, s4681, s9143,
s3546, s7164):
- first_thrill: the emotional hook "…을 처음 만나는 설렘은 …에서 시작돼요" ("상투적", "정형 서두");
- maybe_pick: "…을 찾고 있었다면 이 제품도 후보에 둘 만해요" ("'후보에 둘 만합니다'로 전환 힘이 약함");
- premium_try: a premium product (a brand that never talks price, or 50,000원 and up) asked "한 번 써 보세요" or
  "혜택이 있을 때" ("25만 원 설화수에 '한 번 써 보세요'는 가벼움");
- hand_until: "손에 익을 때까지 며칠 꾸준히 써 보기 좋아요" ("어색");
- fragment_run: four told sentences in a row, none joined to the next, each under 40 Hangul syllables and none
  the close ("문장이 조각조각 이어짐"; a loose count: most such runs read well);
- decide_twice: two sentences before the close that each speak to a reader still deciding ("요즘 새로 골라 보기
  좋아요 … 오래 고민하셨다면 혜택이 있는 지금 들이는 편이").

Round 26, the line guide to the next step ("다음 단계 라인 안내") naming the next product in its close ("…에 이어 쓸
다음 단계로는 {next}를 …"); --next-step writes that campaign for every product of the catalog (kakao, lms, email,
six styles) instead of the grid:
- step_thrice: the step said three times or more in the title and body ("다음 단계", "함께 쓸 단계", "한 단계를 더",
  "다음에 더할 단계": hook, style line and close each say it);
- look_twice_close: "살펴보/살펴볼" in two sentences of a guide whose close says "살펴보세요";
- next_untitled: a guide naming the next product under a title that does not name it (a title promising "다음 단계"
  the close names).
- house_joined: a house of mood joined to the formula in one sentence ("헤라는 서울의 리듬과 에너지에서 영감을 받는
  컨템포러리 뷰티 브랜드로, 이 에멀젼에는 나이아신아마이드를 담았습니다": reading 44, s8973, "브랜드 소개와 성분이 한
  문장에 억지로 이어짐"); a house naming its research or materials is its reason and is not counted.

Readings 45-48 (round 27: s9534, s1058, s6133, and the unnamed next-step guides):
- this_kind_twice: "이 {kind}" said twice or more in one body, its particle aside ("이번에 들인 이 크림은 … 이 크림의
  좋은 점을": "'이 크림' 반복"); this_kind_thrice counts the same from three, with the particles it once missed;
- winter_light: a winter message praising lightness against its season in one breath: a sentence with "계절을 타지
  않" or "산뜻" that names winter or follows the sentence that does ("난방으로 실내가 건조해지는 겨울, … 계절을 타지
  않는 산뜻한 흡수감부터": "겨울 건조와 '계절 타지 않는 산뜻함' 충돌"); a loose count: a light sun cream or a water
  cream has no other fact to give;
- winter_allyear: a winter message saying the product "계절을 타지 않" (the season it is sent for denied);
- season_settle: the first-use season line "…, 며칠만 써도 금세 손에 익어요" after a season or its scene ("'온도 차가
  커지는 겨울, 며칠만 써도 손에 익어요' 연결 어색", s2558, s1705, s7650, s9534);
- last_step_next: a guide to the next step for a product the catalog names no next product for, whose usage puts it at
  the routine's last step ("스킨케어 마지막 단계에서"), still sending the reader to "이어 쓸 다음 단계" (with
  --next-step; step_thrice counts "다음 단계" said three times, 951 of 3,726 guides on round 26).

Readings 49-52 (round 28: s1396, s3680, s7716, s9824, s3979, s1660, s8290, s2771, s7837, s2919, s5653):
- from_look: the translated frame "…부터 살펴볼 만/확인해 볼 만/확인해 보기 좋/눈에 들어/눈여겨볼 만" ("'입자부터 살펴볼
  만합니다' 번역투", "'세정부터 확인해 볼 만해요' 어색", "'제형부터 눈에 들어옵니다'");
- started_start: a message that says the reader has started using the product ("이제 막 쓰기 시작하셨")
  and also tells them to start ("오늘부터 … 꺼내 써 보세요", "먼저 보고 시작하면": "이미 쓰기 시작했다면서 모순");
- hand_days: "손에 익어 가는 며칠" / "며칠도 … 즐거움" ("'며칠도 즐거움이에요' 어색", a sheet mask "손에 익어");
- first_thought: "…이 먼저 생각나요" ("'다 떨어지고 나면 … 베이스 단계가 먼저 생각나요' 어색");
- calm_clash: the evening scene ("고요한 저녁") with "아침저녁" in one message ("'고요한 저녁'과 '아침저녁' 충돌");
- sticky_thick: "끈적임(이) 적은" and "도톰한" said of one product ("'끈적임 적은/도톰한' 상충").

Readings 53-56 (round 29: s4979, s3724, s7074, s2208, s4324, s9338, s4111, s9988, s7968, s4324):
- texture_fomo: a feel given as what the reader would waste ("…은은한 윤기라, 써 보지 않고 넘기기엔 아까워요", "…로션
  제형만큼은 놓치기 아깝습니다": "'윤기라, 넘기기엔 아까워요' 연결 어색");
- small_joy: "하루의 작은 즐거움으로 남아요" ("상투적");
- ge_twice: two sentences ending on "…게 돼요/됩니다" ("'빠짐없이 챙기게 돼요', '바로 만나게 돼요' … '~게 돼요' 반복");
- kind_thrice: the product's kind (its catalog category) said three times or more outside its name ("'선크림'
  반복", "'에멀젼' 반복").

    PYTHONPATH=. python bench/long_flow_check.py [--n 1200] [--seed 20261203] [--show KEY] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from copy_eval import checked_pipeline, results_on_channels

from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.generation.composer.facts import strong_actives
from crm_core.generation.composer.voice import voice_of
from crm_core.generation.template import short_product_name

LONG = ("kakao_friendtalk", "lms", "email")
SENTENCE = re.compile(r"[^.?!\n]+[.?!]?")
MISS = re.compile("모르고 지나치기 쉬운|써 보지 않으면 놓치기 쉬운|써 보지 않으셨다면 놓치기")
FIRST_FELT = re.compile("써 보면 (?:가장 )?먼저 (?:느껴지|눈에 띄|와닿)")
ONE_MORE = re.compile("하나 더 꼽자면")
POINT_RECALL = re.compile("라는 점을 (?:가장 먼저 )?떠올리")
FILLER = re.compile("첫날부터 체온|몇 분이 즐거운|마음이 편안해져|마음이 편안해집|기분이 좋아집|기분이 좋아져")
SELF_PRAISE = re.compile("권해도 자신")
WHEN_END = re.compile("때(?:예요|입니다)[.!]?$")
KINDS = ("선크림", "자외선 차단제", "선 스틱", "선스틱", "크림", "세럼", "에센스", "토너", "클렌저", "클렌징폼", "폼",
         "에멀젼", "에멀전", "로션", "앰플", "마스크", "미스트", "틴트", "쿠션", "파운데이션", "화장품", "밤", "패드",
         "오일", "바디워시", "샴푸", "리무버", "소프너", "워터", "팩", "스틱", "밀크", "젤", "트리트먼트", "컨실러",
         "립스틱", "팔레트", "파우더", "프라이머", "베이스", "스크럽", "필링")  # fmt: skip
DEFINE_END = re.compile("(?:" + "|".join(sorted(KINDS, key=len, reverse=True)) + ")(?:이에요|예요|입니다)[.!]?$")
THIS_KIND = re.compile(
    "(?<![가-힣])이 (?:[가-힣]+ )?(?:" + "|".join(sorted(KINDS, key=len, reverse=True)) + ")"
    "(?:만큼은|만큼|처럼|까지|으로|로|에는|이자|[은는이가을를의과와도만에])?(?![가-힣])"
)
FIRST_ORDER = re.compile("첫 주문|첫 구매")
OFFERED = re.compile("주문하시면|구매하시면|쿠폰|적립|무료|할인|보내 드|증정|혜택")  # an offer: something to miss
USING = re.compile("쓰기 시작하셨|새로 들이신|새로 곁에 두신|이제 곁에 둔|처음 함께하는|쓰고 계신|이미 쓰")
TRY_WORDS = re.compile("써 보면|써 보기 전|먼저 경험해 본|처음 만나|써 보지 않")
LINE_ASK = re.compile("라인 제품|라인 함께|라인 조합|같은 라인|라인을")
ODD_QUOTE = re.compile(
    "(?:이산화티타늄|산화아연|징크옥사이드|옥토크릴렌|에칠헥실|콜레스테롤|글리세린|부틸렌글라이콜|"
    "다이메티콘|정제수)[^.]*(?:들어 있|들었|담겼|있더)"
)


ANNOUNCE = re.compile(
    "짚어 드릴게요|짚어 드리겠습니다|짧게 소개해 드릴게요|짧게 소개해 드리겠습니다|짧게 정리해 드릴게요|"
    "짧게 정리해 드리겠습니다"
)
USAGE_STEP = re.compile(
    "(?:면|하면) (?:돼요|됩니다)[.!]?$|쓰실 때는|쓰는 날의 순서"
    "|(?:바른|바르기 전|바른 다음) [^.]*(?:좋아요|좋습니다)[.!]?$"
)
WATCHED_STEMS = {"권하": re.compile("권하|권해|권할|권한"), "가까운 분": re.compile("가까운 분"),
                 "오늘": re.compile("오늘"), "요즘": re.compile("요즘"), "첫 사용": re.compile("첫 사용")}  # fmt: skip
BARE_KIND = re.compile(r"^(?:[가-힣]+ ){0,2}[가-힣]+(?:이에요|예요|입니다)[.!]?$")
SECOND_POINT = re.compile("빼놓을 수 없")
CHOOSE_BASIS = re.compile("고르는 기준이")
ADDED_BUILD = re.compile("까지 더한 구성")
PRICE_COMMA = re.compile(r"정가 [\d,]+원, ")
DANGLING_DO = re.compile("중에도 [^.]*도 (?:있|많)")
FACE_ROUTINE = re.compile("쓰던 순서|스킨케어 [^.]{0,6}단계|세안 후|토너 다음")
OFF_FACE = ("립", "바디", "헤어")
UNBOUGHT = re.compile("첫 주문")
USE_NOW = re.compile("(?:오늘|내일|이번 주)[^.]*(?:써 보|시작해 보|발라 보)")


RECEIVED = re.compile("받으신 날")
EVERY_USE = re.compile("(?:쓸|바를) 때마다")
FEEL_MOMENT = re.compile("쓰는 순간 바로 느껴")
MISS_PROMISE = re.compile("놓치기 쉬운")
RECOMMEND = re.compile("권하|권해|권할|권한")
KIND_ECHO = re.compile(
    "(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")(?:으로|로), [^.]*(?<![가-힣])\1(?:이|가|은|는|을|를)? "
)

TITLE_STEMS = ("궁금", "고마", "기분", "설레", "아쉬", "아까", "반가")
STEM_TWICE = re.compile("(고마|궁금|마음)[^.]*\\1")
FACE_START = re.compile("세안 직후|세안 후|첫 단계")
SEASON_STOCK = re.compile("깊어지기 전|접어드는 길목|바뀌는 길목|계절에 맞춰 고르게")
TITLE_PROMISE = re.compile("권하고 싶은 점|기분까지 챙기는")
BARE_KIND_COMMA = re.compile(
    "^(?:[가-힣]+ ){0,2}(?:" + "|".join(sorted(KINDS, key=len, reverse=True)) + ")(?:으로|로), "
)
SEASON_FRAME = re.compile("하나도 (?:[가-힣]+ ){0,3}챙기게|하나도 산뜻하게 쓰고 싶")
LABEL_DEFINE = re.compile("(?:주요 성분으로|주요 성분은|눈에 띄는 성분은|주목할 성분은|원료로는) [^.]*담은, ")
NO_NEXT_STEP = re.compile("쿠션|파운데이션|립|틴트|컨실러|팔레트")

SHORT_DEFINE = re.compile(r"^(?:[가-힣A-Za-z0-9]+ ){0,2}[가-힣A-Za-z0-9]+(?:이에요|예요|입니다)[.!]?$")
FELT = re.compile(r"(\S+)[이가] (?:기분 좋게 |먼저 |바로 )?느껴(?:져요|집니다)")
SENSORY = re.compile(
    "제형|사용감|촉감|감촉|질감|텍스처|향|보습감|밀착감|청량감|수분감|쿨링감|마무리감|느낌|산뜻함|촉촉함|부드러움"
)
# a feature that does something ("…끝내는", "…나는", "…씻어 내는") is no sensation to feel
FELT_DOING = re.compile(r"(?:끝내|나|내|주|하|지키|잡)는 [^.]*느껴")
MUST_NOT_MISS = re.compile("놓치지 말아야 할 건")
BY_SHEET = re.compile(r"\d+매|시트 마스크|시트마스크")
PRESUME = re.compile("앞 단계에 적응|적응한 피부|다음 농도")
SCENT_REVIEW = re.compile("(?:향이|패키지|용기)[^.]*(?:후기|이야기)")
ACTIVE = re.compile("주름개선|미백|레티놀|레티노이드|비타민 ?C|아스코빅|AHA|BHA|PHA|나이아신아마이드|펩타이드|아데노신")
WORD = re.compile(r"[가-힣A-Za-z0-9]+")
THRICE = {
    "써 보": re.compile("써 ?(?:보|본|봤|볼)"),
    "후기": re.compile("후기"),
    "이어": re.compile("이어(?:지|서|가| 쓰)"),
}
FACT_WORDINGS = {
    "light": re.compile("가볍|가벼|무겁지 않|무겁지 않|산뜻하게 가"),
    "lasting": re.compile("오래 유지|무너지지 않|지속력|오래 지속|오래가"),
    "moist": re.compile("촉촉|건조하지 않|당기지 않"),
    "mild": re.compile("순하|순한|자극 없|자극이 적|자극 걱정"),
}
EVAL_END = re.compile("(?:좋|편하|편해|편합|괜찮|알맞|딱 맞)[가-힣]*(?:니다|요)[.!]?$")
BRAND_LINE = re.compile("브랜드(?:입니다|예요|이에요|로,|로 |입니다)")
FUNCTIONAL = re.compile("기능성 화장품|기능성을 갖췄")  # the joined claim said on a verb since round 27
PRODUCT_FACT = re.compile("담았|담아|들어 있|제형|발리|흡수|마무리|보호|정돈|스며|거품|발색|피니시|밀착")
REVIEW_ASK = re.compile("후기|나누|권하|권해|알리|전하|들려")


USER_STOCK = re.compile("함께라면 루틴이 한결|한 번 더 꼼꼼히 챙기게")
OTHER_REVIEW = re.compile("다른 분(?:들)?도 [^.]*후기")
EVENT_WORDS = re.compile("캠페인|용기|공병")
LOOK_AT = re.compile("살펴볼 만|눈여겨볼 만")
DRY = re.compile("건조|당기")
MATTE = re.compile("매트|보송|파우더리|피지")
FEEL_APPROACH = re.compile("기분 좋게 다가")
SEASON_BARE = re.compile("이 제품도 후보에 둘|첫 느낌부터 차근차근 만나 보기|만큼은 꾸준히 이어 쓰게")

WATCHED = ("좋았던", "만나", "번들거", "제형", "요즘", "예민한 날", "자외선 차단제", "꺼내", "꾸준히", "사용감")
CARES = ("자외선 차단제", "예민한 날")
IN_HAND = re.compile("처음 쓰는 날|꺼내 쓰면|처음 쓰실 때|새로 들이신|새로 들인|쓰기 시작하셨")
FOMO_FEEL = re.compile("사용감, 모르고 지나치기엔|사용감, 놓치기")
FEEL_SAID = re.compile("제형|발리|흡수|촉촉|산뜻|가볍|가벼|끈적|부드럽|스며|쫀쫀|묽|밀착|보송|윤기|거품|녹아|터지")
ASKS = re.compile("기다리고 있|넘기기엔 아쉽|넘기기엔 아쉬워|지나치기엔 아쉽|지나치기엔 아쉬워|적어야|남겨 주시면|"
                  "전해 보|알려 주|공유해 보|들려주|건네 보|권해 보")  # fmt: skip


OWNS = re.compile("새로 들인 이|새로 들이신|쓰기 시작하는 이|쓰기 시작하셨|꺼내 쓰면|꺼낸 |꺼냈다면|새로 곁에 두신")
ORDERS = re.compile("첫 주문|첫 구매|구매 확정|눈여겨보고 계셨")
REASON_SAID = re.compile("(?:이)?라(?:서)? |덕분|때문|이유")
SEASONS = ("봄", "여름", "가을", "겨울")


STYLE_NAMES = {0: "time", 2: "fomo", 3: "feeling", 4: "season", 5: "mixed"}
STYLE_TEST = {
    0: re.compile("오늘|지금|이번 주|이번 달|내일|오늘 밤|기간|마감|까지"),
    2: re.compile("놓치|지나치|아깝|아까|아쉽|아쉬|넘기기|모르셨|떨어지|다 쓰기 전|다 써 가기 전"),
    3: re.compile("마음|기분|설레|설렘|설렙|하루|날에도|날에는|나를|고마|즐거|여유|다정|반가|편안해지|위로"),
}
SEASON_WHAT = re.compile("건조|바람|난방|실내|온도|기온|햇|자외선|땀|습|더위|추위|일교차|황사|당기|당김|각질|피지|번들")
SEASON_ANSWER = {  # what answers each season in a fact (plan._SEASON_ANSWERS)
    "겨울": re.compile("촉촉|보습|수분|장벽|보호막|영양|윤기|포근|도톰|쫀쫀"),
    "가을": re.compile("촉촉|보습|수분|장벽|보호막|영양|윤기|결"),
    "봄": re.compile("진정|먼지|세정|산뜻|가볍|편안|보송|백탁"),
    "여름": re.compile("산뜻|가볍|보송|끈적|시원|쿨링|백탁"),
}


def style_heard(style: int, title: str, body: str) -> bool:
    """Whether the message says its style family (see the docstring): a lexical test of the body."""
    if style == 4:  # a sentence naming the season says what it does or what answers it
        return any(
            season in s and (SEASON_WHAT.search(s) or SEASON_ANSWER[season].search(s))
            for s in SENTENCE.findall(body)
            for season in SEASONS
        )
    if style == 5:
        return any(style_heard(s, title, body) for s in (0, 2, 3, 4))
    return bool(STYLE_TEST[style].search(body))


def phrase_twice(title: str, body: str, names: tuple[str, ...]) -> bool:
    """Three words in a row (each cut to its first two letters, so "아까운" and "아까웠던" match) said twice."""
    text = f"{title}\n{body}"
    for name in names:
        if name:
            text = text.replace(name, " | ")
    seen: set[tuple[str, ...]] = set()
    for part in re.split(r"[|\n.?!,]", text):
        words = [w[:2] for w in WORD.findall(part)]
        grams = {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
        if grams & seen:
            return True
        seen |= grams
    return False


def ending3(sentence: str) -> str:
    s = sentence.rstrip(".!? ")
    if re.search("(?:이에요|예요|입니다)$", s):
        return "copula"
    return s.split()[-1][-3:] if s.split() else s


def ending(sentence: str) -> str:
    s = sentence.rstrip(".!? ")
    if re.search("(?:이에요|예요|입니다)$", s):
        return "copula"
    if re.search("(?:담았|넣었|더했|채웠)(?:어요|습니다)$", s):
        return "held"
    return s[-3:]


def starts_with_product(sentence: str, name: str) -> bool:
    s = re.sub(r"^(?:#\{고객명\}님|\{\{name\}\}님),?\s*", "", sentence.strip())
    return s.startswith(name) or bool(re.match(THIS_KIND.pattern, s))


def check(result, channel: str = "") -> dict[str, object]:  # type: ignore[no-untyped-def]
    body = result.message.body
    name = short_product_name(result.product.name)
    stage = result.stage.index
    sentences = [s.strip() for s in SENTENCE.findall(body) if re.search("[가-힣]", s)]
    out: dict[str, object] = {}
    out["miss_frame"] = bool(MISS.search(body))
    out["first_felt"] = bool(FIRST_FELT.search(body))
    out["one_more"] = bool(ONE_MORE.search(body))
    out["point_recall"] = bool(POINT_RECALL.search(body))
    out["filler"] = bool(FILLER.search(body))
    out["self_praise"] = bool(SELF_PRAISE.search(body))
    out["when_twice"] = sum(bool(WHEN_END.search(s)) for s in sentences) >= 2
    out["this_kind_thrice"] = len(THIS_KIND.findall(body)) >= 3
    out["this_kind_twice"] = len(THIS_KIND.findall(body)) >= 2
    out["winter_light"] = any(
        WINTER_LIGHT.search(s) and ("겨울" in s or (i and "겨울" in sentences[i - 1])) for i, s in enumerate(sentences)
    )
    out["season_settle"] = "며칠만 써도 금세 손에 익" in body
    out["winter_allyear"] = "겨울" in body and "계절을 타지 않" in body
    out["last_step_next"] = "마지막 단계" in (result.product.usage or "") and "이어 쓸 다음 단계는" in body
    echo = False
    for s in sentences:
        at = max(s.find(f"{name}은 "), s.find(f"{name}는 "))
        if at < 0 or "이름 그대로" in s:
            continue
        rest = s[at + len(name) + 2 :]
        words = [w for w in re.findall(r"[가-힣]{2,}", name) if any(w in i for i in result.product.key_ingredients)]
        echo = echo or any(re.search(f"(?<![가-힣]){w}", rest) for w in words)
    out["name_echo"] = echo
    out["define_twice"] = sum(bool(DEFINE_END.search(s)) for s in sentences) >= 2
    pairs = list(itertools.pairwise(sentences))
    out["same_ending_pair"] = any(ending(a) == ending(b) for a, b in pairs)
    out["name_start_pair"] = any(starts_with_product(a, name) and starts_with_product(b, name) for a, b in pairs)
    run = best = 0
    for s in sentences:
        run = run + 1 if len(s) < 28 else 0
        best = max(best, run)
    out["short_run"] = best >= 3
    out["bare_define"] = any(len(s) < 30 and DEFINE_END.search(s) for s in sentences)
    out["active_first_order"] = stage == 1 and bool(FIRST_ORDER.search(body)) and bool(USING.search(body))
    out["user_try"] = stage == 2 and bool(TRY_WORDS.search(body))
    out["allinone_line"] = "올인원" in result.product.name and bool(LINE_ASK.search(body))
    out["bought_new_fun"] = stage == 1 and "새로운 재미" in body
    out["referral_odd_quote"] = stage == 4 and bool(ODD_QUOTE.search(body))
    out["intro_announce"] = bool(ANNOUNCE.search(body))
    steps = [i for i, s in enumerate(sentences) if USAGE_STEP.search(s)]
    out["usage_twice"] = len(steps) >= 2
    out["usage_split"] = any(b - a > 1 for a, b in itertools.pairwise(steps))
    out["neighbour_stem"] = any(p.search(a) and p.search(b) for a, b in pairs for p in WATCHED_STEMS.values())
    out["bare_kind_after"] = any(
        (name in a or starts_with_product(a, name)) and BARE_KIND.match(b) and DEFINE_END.search(b) for a, b in pairs
    )
    out["second_point"] = bool(SECOND_POINT.search(body))
    out["choose_basis"] = bool(CHOOSE_BASIS.search(body))
    out["added_build"] = bool(ADDED_BUILD.search(body))
    out["price_comma"] = bool(PRICE_COMMA.search(body))
    out["dangling_do"] = bool(DANGLING_DO.search(body))
    category = result.product.category or ""
    out["off_face_routine"] = any(k in category for k in OFF_FACE) and bool(FACE_ROUTINE.search(body))
    out["unbought_use"] = (
        stage == 1 and bool(UNBOUGHT.search(body)) and bool(sentences) and bool(USE_NOW.search(sentences[-1]))
    )
    out["email_thin"] = channel == "email" and len(sentences) <= 3
    out["order_received"] = bool(FIRST_ORDER.search(body)) and bool(RECEIVED.search(body + (result.message.cta or "")))
    out["acq_every_use"] = stage == 0 and bool(EVERY_USE.search(body))
    out["feel_moment"] = bool(FEEL_MOMENT.search(body))
    out["retain_usage"] = stage == 2 and any(USAGE_STEP.search(s) for s in sentences)
    out["miss_promise"] = bool(MISS_PROMISE.search((result.message.title or "") + body))
    out["enough_twice"] = sum("충분" in s for s in sentences) >= 2
    out["first_use_start"] = "첫 사용을 시작" in body
    out["kind_echo"] = bool(KIND_ECHO.search(body))
    out["stem_twice"] = body.count("새로 들이신") >= 2 or sum(bool(RECOMMEND.search(s)) for s in sentences) >= 3
    endings = [ending3(s) for s in sentences]
    out["ending_thrice"] = any(a == b == c for a, b, c in zip(endings, endings[1:], endings[2:], strict=False))
    title = result.message.title or ""
    close = sentences[-1] if sentences else ""
    out["title_echo"] = any(t in title and t in close for t in TITLE_STEMS)
    out["stem_in_sentence"] = any(STEM_TWICE.search(s) for s in sentences)
    steps_at = [i for i, s in enumerate(sentences) if USAGE_STEP.search(s)]
    out["intro_usage_echo"] = (
        bool(steps_at)
        and any(FACE_START.search(s) for s in sentences[: steps_at[0]])
        and bool(FACE_START.search(sentences[steps_at[0]]))
    )
    out["bare_is"] = any(re.match(f"{re.escape(name)}(?:은|는) (?:[가-힣]+ )?[가-힣]+(?:이에요|예요|입니다)[.!]?$", s)
                         for s in sentences)  # fmt: skip
    out["season_stock"] = bool(SEASON_STOCK.search(body))
    out["title_promise"] = bool(TITLE_PROMISE.search(title))
    out["next_step_odd"] = "다음 단계 제품" in body and bool(NO_NEXT_STEP.search(category + result.product.name))
    out["fomo_slow"] = result.brief.style_index == 2 and "천천히" in close
    out["short_define"] = any(SHORT_DEFINE.match(s) for s in sentences[1:])
    out["felt_odd"] = any(
        not SENSORY.search(m.group(1)) and FELT_DOING.search(s) for s in sentences for m in FELT.finditer(s)
    )
    brand = result.product.brand or ""
    following = NEXT_FULL.search(body)  # the next step's product, named like the product itself (round 26)
    names = (result.product.name, name, brand, following.group(1) if following else "")
    out["phrase_twice"] = phrase_twice(title, body, names)
    out["must_not_miss"] = bool(MUST_NOT_MISS.search(body))
    pack = f"{result.product.name} {result.product.volume or ''}"
    out["pack_left"] = bool(BY_SHEET.search(pack)) and "남은 양" in body
    out["presume_first"] = stage == 0 and bool(PRESUME.search(body))
    actives = " ".join(result.product.key_ingredients) + " " + " ".join(result.product.functional_claims or ())
    out["scent_proof"] = bool(ACTIVE.search(actives)) and bool(SCENT_REVIEW.search(body))
    heard = f"{title}\n{body}"
    out["stem_thrice"] = any(len(p.findall(heard)) >= 3 for p in THRICE.values())
    out["first_twice"] = sum("처음" in s for s in sentences) >= 2
    # the close's manner ("오늘 가볍게 만나 보세요") is no fact
    out["fact_twice"] = any(sum(bool(p.search(s)) for s in sentences[:-1]) >= 2 for p in FACT_WORDINGS.values())
    evals = [bool(EVAL_END.search(s)) for s in sentences]
    out["eval_run"] = any(a and b for a, b in itertools.pairwise(evals))
    warm = result.brief.tone is not None and result.brief.tone.name in ("friendly", "emotional", "trendy")
    out["warm_order"] = warm and any(s.endswith("십시오.") for s in sentences)
    at = [
        i
        for i, s in enumerate(sentences)
        if brand and s.startswith((f"{brand}는", f"{brand}은")) and BRAND_LINE.search(s)
    ]
    # a brand line said alone between the product's facts ("…수분 선크림입니다. 에스쁘아는 … 브랜드입니다. 병풀 추출물을
    # 담아 …"), or joined to a fact right after a review ask
    # ("…값진 후기입니다. 코스알엑스는 … 브랜드로, 이 크림에는 …")
    out["brand_mid"] = any(
        0 < i < len(sentences) - 1
        and (
            ("브랜드로" not in sentences[i] and bool(PRODUCT_FACT.search(sentences[i + 1])))
            or ("브랜드로" in sentences[i] and bool(REVIEW_ASK.search(sentences[i - 1])))
        )
        for i in at
    )
    out["bare_kind_comma"] = any(BARE_KIND_COMMA.search(re.sub(r"^[^가-힣#]+", "", s)) for s in sentences)
    out["label_define"] = bool(LABEL_DEFINE.search(body))
    out["season_frame"] = bool(SEASON_FRAME.search(body))
    out["brand_user"] = stage in (2, 4) and any(
        brand and s.startswith((f"{brand}는", f"{brand}은")) and BRAND_LINE.search(s) for s in sentences
    )
    out["functional_long"] = any(
        FUNCTIONAL.search(s) and (len(s) >= 80 or bool(re.search("(?:담은|들어 있는), ", s))) for s in sentences
    )
    heard_body = body
    out["user_stock"] = bool(USER_STOCK.search(body))
    out["other_review"] = bool(OTHER_REVIEW.search(body))
    strong = [a.removeprefix("고농도 ") for a in strong_actives(result.product)]
    out["active_unsaid"] = any(
        sum(a in s for s in sentences) == 1 and any(a in s and re.search(f"{a}(?:을|를|은|도)? ?제품", s)
                                                     for s in sentences)
        for a in strong
    )  # fmt: skip
    out["event_twice"] = sum(bool(EVENT_WORDS.search(s)) for s in sentences) >= 3 or (
        sum("캠페인" in s for s in sentences) >= 2
    )
    hair_scalp = any("두피" in t for t in (result.product.name, *result.product.claims, result.product.usage or ""))
    out["scalp_off"] = "헤어" in category and not hair_scalp and "두피" in f"{title} {heard_body}"
    out["look_twice"] = sum(bool(LOOK_AT.search(s)) for s in sentences) >= 2
    out["hand_twice"] = heard_body.count("손이 갈") + title.count("손이 갈") >= 2
    out["mood_care"] = bool(result.product.functional_claims) and "기분 전환" in body
    unnamed = [i for i in result.product.key_ingredients if len(i) >= 2 and i not in result.product.name]
    out["ingredient_twice"] = any(sum(i in s for s in sentences) >= 2 for i in unnamed)
    out["dry_matte"] = any(DRY.search(s) and MATTE.search(s) and "피지" not in s for s in sentences)
    out["feel_approach"] = bool(FEEL_APPROACH.search(body))
    out["season_bare"] = bool(SEASON_BARE.search(body))
    out["hanmadi_twice"] = sum("한마디" in s for s in sentences) >= 2
    out["watched_twice"] = any(sum(w in s for s in sentences) >= 2 for w in WATCHED)
    out["care_twice"] = any(sum(w in s for s in sentences) >= 2 for w in CARES)
    taut = False
    for s in sentences:
        for at in (s.find(f"{name}은 "), s.find(f"{name}는 "), s.find(f"{name}에는 ")):
            if at < 0:
                continue
            rest = s[at + len(name) :]
            words = [w for w in re.findall(r"[가-힣]{2,}", name) if any(w in i for i in result.product.key_ingredients)]
            taut = taut or any(re.search(f"(?<![가-힣]){w}", rest) for w in words)
    out["name_taut"] = taut
    out["acq_first_use"] = stage == 0 and bool(IN_HAND.search(body))
    out["first_fav"] = (stage in (0, 1) or bool(FIRST_ORDER.search(body))) and "즐겨 쓰는" in body
    out["fomo_empty"] = any(
        FOMO_FEEL.search(s) and not any(FEEL_SAID.search(t) for t in sentences if t != s) for s in sentences
    )
    out["ask_stack"] = stage == 4 and sum(bool(ASKS.search(s)) for s in sentences[:-1]) >= 2
    paras = [p for p in body.split("\n\n") if p.strip()]
    out["email_lines"] = channel == "email" and sum(len(SENTENCE.findall(p.strip())) == 1 for p in paras) >= 3
    out["own_and_order"] = stage == 1 and bool(OWNS.search(body)) and bool(ORDERS.search(body))
    out["title_order"] = "이 순서만" in title or "이 순서면" in title
    out["title_reason"] = "이유" in title and not REASON_SAID.search(body)
    out["news_empty"] = "소식이 있어요" in body or "소식이 있습니다" in body
    out["season_allyear"] = any(t in title for t in SEASONS) and "사계절" in body
    out["mood_shift"] = "그 자체로 작은 기분 전환" in body
    out["first_try_odd"] = bool(re.search("처음 써 보면 [^.]*부터 기분 좋게 (?:만나|느끼)게", body))
    told = [
        s for s in sentences if not re.search("안녕하세요|반갑습니다|^(?:#\\{고객명\\}님|\\{\\{name\\}\\}님)[,.]?$", s)
    ]
    out["ask_after"] = any(re.search("잘 (?:쓰고|이어 가고) 계신가요", s) for s in told[1:])
    out["ingredient_lead"] = "성분부터 살펴보면" in body
    out["as_named"] = "이름 그대로" in body
    out["dundun_twice"] = body.count("든든") >= 2
    out["apposition_intro"] = bool(re.search(f", {re.escape(name)}(?:이에요|예요|입니다)", body))
    out["spf_twice"] = len(re.findall(r"SPF\s?\d+", body)) >= 2
    # round 23: an SMS brief's LMS (run with --channels sms) pasting the house after the product line, its FOMO
    # subject over a body with no offer; the luxury lead's one clause
    brand = result.brand.name
    out["house_alone"] = channel == "sms" and any(s.startswith((f"{brand}은 ", f"{brand}는 ")) for s in sentences[1:])
    out["fomo_subject"] = (
        channel == "sms" and bool(re.search("놓치기 아쉬|지나치기 아쉬", title)) and not OFFERED.search(body)
    )
    out["lux_lead_same"] = "성분을 꼼꼼히 보는 분이 믿고 고를 수 있게" in body
    live = result.event is not None and bool(re.search("라이브|방송", result.event.name))
    out["live_tip"] = stage == 1 and live and "팁" in close
    first = told[0] if told else ""
    out["greet_two_commas"] = bool(sentences) and bool(GREET_COMMAS.match(sentences[0]))
    out["first_long"] = len(re.findall("[가-힣]", first)) > 60
    out["close_next_step"] = "다음 단계 제품을" in close
    out["close_pick_fill"] = "골라 담아 보" in close
    out["close_long"] = stage == 3 and len(re.findall("[가-힣]", close)) > 32
    out["user_not_owner"] = stage == 3 and bool(USER_FRAMED.search(body)) and bool(NOT_OWNED.search(body))
    out["vivid_recall"] = "생생하게 떠오" in body
    out["season_cause"] = bool(SEASON_CAUSE.search(body))
    out["order_filler"] = bool(ORDER_FILLER.search(body))
    out["miss_meet"] = bool(MISS_MEET.search(body))
    out["keep_bring"] = bool(KEEP_BRING.search(body))
    out["season_topic"] = bool(told) and bool(
        re.match(
            f"(?:{'|'.join(SEASONS)})에 {re.escape(name)}(?:은|는) ",
            re.sub(r"^(?:#\{고객명\}님|\{\{name\}\}님), ", "", told[0]),
        )
    )
    out["func_twice"] = any(len(re.findall(w, body)) >= 2 for w in FUNC_WORDS)
    out["kind_as_kind"] = bool(KIND_AS_KIND.search(body))
    out["comma_scent"] = bool(COMMA_SCENT.search(body))
    out["order_title_use"] = (
        stage == 1
        and bool(FIRST_ORDER.search(body))
        and bool(re.search("첫 사용|쓰는 법|가이드|여는 첫날|이렇게 시작", title))
    )
    out["next_title_pick"] = (
        stage == 3
        and bool(USER_FRAMED.search(body))
        and bool(re.search("고르기 좋은|고민만 하기엔|들이기 좋은", title))
        and "다음" not in title
    )
    out["alert_keep"] = "알림 신청" in body + (result.message.cta or "") and bool(KEEP_NOW.search(body))
    out["day_calm"] = "고요한 저녁" in body and (
        bool(DAY_NAME.search(result.product.name)) or result.brief.tone == "트렌디한"
    )
    out["toned_calm"] = bool(TONED_NAME.search(result.product.name)) and bool(CALM_SCENE.search(body))
    out["first_thrill"] = bool(re.search("처음 만나는 설렘은", body))
    out["maybe_pick"] = "후보에 둘 만" in body
    pricey = not voice_of(result.brand).price_talk or (getattr(result.product, "price", 0) or 0) >= 50_000
    out["premium_try"] = pricey and bool(re.search("한 번 써 보|혜택이 있을 때", body))
    out["hand_until"] = "손에 익을 때까지" in body
    told = [s for s in sentences[:-1] if not re.match(r"^(?:#\{고객명\}님|\{\{name\}\}님), [가-힣]+\.$", s)]
    short = [len(re.findall("[가-힣]", s)) < 40 and "," not in s for s in told]
    out["fragment_run"] = any(all(short[i : i + 4]) for i in range(len(short) - 3))
    out["decide_twice"] = sum(bool(DECIDING.search(s)) for s in sentences[:-1]) >= 2
    title = result.message.title or ""
    named = NEXT_NAMED.search(body)
    out["step_thrice"] = len(STEP_SAID.findall(f"{title} {body}")) >= 3
    out["look_twice_close"] = bool(named) and sum("살펴" in s for s in sentences) >= 2
    out["next_untitled"] = bool(named) and named.group(1) not in title
    out["house_joined"] = any(
        (m := HOUSE_JOINED.search(s)) is not None and not HOUSE_REASON.search(m.group(1)) for s in sentences
    )
    out["from_look"] = bool(FROM_LOOK.search(body))
    out["started_start"] = bool(STARTED.search(body)) and bool(START_AGAIN.search(body))
    out["hand_days"] = bool(HAND_DAYS.search(body))
    out["first_thought"] = "먼저 생각나" in body
    out["calm_clash"] = "고요한 저녁" in body and "아침저녁" in body
    out["sticky_thick"] = bool(STICKY_LOW.search(body)) and "도톰" in body
    out["texture_fomo"] = bool(TEXTURE_FOMO.search(body))
    out["small_joy"] = "작은 즐거움" in body
    out["ge_twice"] = sum(bool(GE_END.search(s)) for s in sentences) >= 2
    unnamed = body.replace(result.product.name, "").replace(name, "")
    out["kind_thrice"] = unnamed.count(result.product.category) >= 3
    return out


DECIDING = re.compile(
    "고민하셨다면|고민한|들일 생각이었다면|찾고 있었다면|고른다면|골라 보기 좋|들이기 좋|들이는 편이|결정해 볼|"
    "고민만 하기|시작하기 좋은 날|살펴볼 만|눈여겨보던|궁금했다면"
)
USER_FRAMED = re.compile("쓰고 계신|곁에 두고 쓰시는|잘 쓰고 계시다면|이어 쓸 다음 단계|에 곁들여 쓰면")
NOT_OWNED = re.compile(
    "바꿔 쓸|고른다면|아직 써 보지|두고 고민|고민하셨|오래 고민한|처음 만나|써 보지 않고|들일 생각|새로 들일|결정해 볼|"
    "처음 고르는|들이기 좋|작은 변화를 더하|소개해 드"
)
SEASON_CAUSE = re.compile("(?:이)?라 (?:이 [가-힣 ]+?(?:은|는) )?꾸준히 이어 쓰게")
ORDER_FILLER = re.compile("쓰는 순서와 양을 알맞게|사용감을 (?:제대로 )?만날 수")
MISS_MEET = re.compile("부터 놓치지 말고 (?:만나|느껴)")
KEEP_BRING = re.compile("곁에 둘 [^.]*들여 보")
FUNC_WORDS = ("주름 개선", "미백에", "탈모 증상", "여드름성")
KIND_AS_KIND = re.compile(r"([가-힣]{2,})(?:으로|로) 담은 [^.]*?\1")
COMMA_SCENT = re.compile("(?:으로|로), [^.,]*향(?:이에요|예요|입니다)")
TONED_NAME = re.compile("립|틴트|쿠션|파운데이션|컨실러|팔레트|섀도")
KEEP_NOW = re.compile("챙겨 두|채워 두|준비해 두|쟁여 두")
DAY_NAME = re.compile("미스트|선크림|선스틱|선 ?젤|선 ?로션|선쿠션|쿠션|톤업|자외선")
CALM_SCENE = re.compile("고요한 저녁|차분한 아침")

WINTER_LIGHT = re.compile("계절을 타지 않|산뜻")
STEP_SAID = re.compile("다음 단계|쓸 단계|한 단계를 더|다음에 더할 단계")
NEXT_NAMED = re.compile(r"다음 단계로는 (\S+)")  # the next product's first word
NEXT_FULL = re.compile(r"다음 단계로는 (.+?)(?:을|를) 성분과")
HOUSE_JOINED = re.compile(r"(\S+(?:은|는) [^.]*브랜드)로, 이 \S+에는 ")
HOUSE_REASON = re.compile("원료|성분|연구|장벽|과학")
FROM_LOOK = re.compile("부터 (?:직접 )?(?:살펴볼 만|확인해 볼 만|확인해 보기 좋|눈에 들어|눈여겨볼 만|살펴보기 좋)")
STARTED = re.compile("쓰기 시작하셨")
START_AGAIN = re.compile("오늘부터 [^.]*꺼내 써 보|먼저 보고 시작")
HAND_DAYS = re.compile("손에 익어 가는 며칠|며칠도 [^.]*즐거움")
STICKY_LOW = re.compile("끈적임이? 적은")
TEXTURE_FOMO = re.compile(r"(?:라|만큼은),? (?:써 보지 않고 )?(?:넘기기|놓치기)(?:엔)? 아(?:깝|까)")
GE_END = re.compile("게 (?:돼요|됩니다)[.!]?$")
GREET_COMMAS = re.compile(r"(?:#\{고객명\}님|\{\{name\}\}님), [^.?!]*, ")


KEYS = ("miss_frame", "first_felt", "one_more", "point_recall", "filler", "self_praise", "when_twice",
        "this_kind_thrice", "name_echo", "define_twice", "same_ending_pair", "name_start_pair", "short_run",
        "bare_define",
        "active_first_order", "user_try", "allinone_line", "bought_new_fun", "referral_odd_quote",
        "intro_announce", "usage_twice", "usage_split", "neighbour_stem", "bare_kind_after", "second_point",
        "choose_basis",
        "added_build", "price_comma", "dangling_do", "off_face_routine", "unbought_use", "email_thin",
        "order_received", "acq_every_use", "feel_moment", "retain_usage", "miss_promise", "enough_twice",
        "stem_twice", "first_use_start", "kind_echo")  # fmt: skip
WRITTEN = ("ending_thrice", "title_echo", "stem_in_sentence", "intro_usage_echo", "bare_is", "season_stock",
           "title_promise", "next_step_odd", "fomo_slow")  # fmt: skip
R24 = ("short_define", "felt_odd", "phrase_twice", "must_not_miss", "pack_left", "presume_first", "scent_proof")
R25 = ("stem_thrice", "first_twice", "fact_twice", "eval_run", "warm_order", "brand_mid", "functional_long")
R26 = ("bare_kind_comma", "label_define", "season_frame", "brand_user")
R27 = ("user_stock", "other_review", "active_unsaid", "event_twice", "scalp_off", "look_twice", "hand_twice",
       "mood_care", "ingredient_twice", "dry_matte", "feel_approach", "season_bare")  # fmt: skip
R28 = ("hanmadi_twice", "watched_twice", "care_twice", "name_taut", "acq_first_use", "first_fav", "fomo_empty",
       "ask_stack", "email_lines")  # fmt: skip
R30 = ("own_and_order", "title_order", "title_reason", "news_empty", "season_allyear", "mood_shift", "first_try_odd",
       "ask_after", "ingredient_lead", "live_tip")  # fmt: skip
R32 = ("as_named", "dundun_twice", "apposition_intro", "spf_twice", "house_alone", "fomo_subject", "lux_lead_same")
R34 = ("greet_two_commas", "first_long", "close_next_step", "close_pick_fill", "close_long")
R40 = ("user_not_owner", "vivid_recall", "season_cause", "order_filler", "miss_meet", "keep_bring", "season_topic",
       "func_twice", "kind_as_kind", "comma_scent", "toned_calm", "order_title_use",
       "next_title_pick", "alert_keep", "day_calm")  # fmt: skip
R44 = ("first_thrill", "maybe_pick", "premium_try", "hand_until", "fragment_run", "decide_twice")
R26_NEXT = ("step_thrice", "look_twice_close", "next_untitled", "house_joined")
R48 = ("this_kind_twice", "winter_light", "winter_allyear", "season_settle", "last_step_next")
R52 = ("from_look", "started_start", "hand_days", "first_thought", "calm_clash", "sticky_thick")
R56 = ("texture_fomo", "small_joy", "ge_twice", "kind_thrice")
KEYS = KEYS + WRITTEN + R24 + R25 + R26 + R27 + R28 + R30 + R32 + R34 + R40 + R44 + R26_NEXT + R48 + R52 + R56
ASSEMBLED = KEYS[19:32]
SLIPS = KEYS[
    32 : -len(WRITTEN)
    - len(R24)
    - len(R25)
    - len(R26)
    - len(R27)
    - len(R28)
    - len(R30)
    - len(R32)
    - len(R34)
    - len(R40)
    - len(R44)
    - len(R26_NEXT)
    - len(R48)
    - len(R52)
    - len(R56)
]


def next_step_guides(pipeline, catalog, channels: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """(channel, MessageResult) of the next-step campaign for every product, six styles, both speech levels on the
    even styles."""
    for brand in catalog.brands:
        for product in catalog.brand_products(brand.name):
            for channel in channels:
                for style in range(6):
                    for honorific in ("해요체", "합쇼체") if style % 2 == 0 else ("해요체",):
                        brief = Brief(
                            persona=style % 5, brand=brand.name, product=product.name, stage_index=3,
                            style_index=style, channel=channel, honorific=honorific, is_event=True,
                            event_id="ev-rev-n1", seed=style + len(product.name),
                        )  # fmt: skip
                        try:
                            yield channel, pipeline.run_one(brief)[0]
                        except CrmError:
                            continue


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200, help="briefs in copy_eval's grid")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="print the messages flagged with this key")
    parser.add_argument("--dump", default="", help="write every message with its flags to this JSONL file")
    parser.add_argument("--channels", default=",".join(LONG), help="e.g. sms: the SMS briefs written as LMS")
    parser.add_argument("--next-step", action="store_true", help="the next-step guide for every product instead")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    channels = tuple(args.channels.split(","))
    written = next_step_guides(pipeline, catalog, channels) if args.next_step else None
    for channel, result in written or results_on_channels(pipeline, catalog, args.n, args.seed, channels):
        if channel == "sms" and not result.sms_to_lms:  # a text that fit: no LMS
            continue
        counts["messages"] += 1
        flags = check(result, channel)
        for key, value in flags.items():
            counts[key] += bool(value)
        counts["any_seam"] += any(flags[k] for k in KEYS[:10] + KEYS[14:19])
        counts["any_assembled"] += any(flags[k] for k in ASSEMBLED)
        counts["any_slip"] += any(flags[k] for k in SLIPS)
        counts["any_written"] += any(flags[k] for k in WRITTEN)
        counts["any_r24"] += any(flags[k] for k in R24)
        counts["any_r25"] += any(flags[k] for k in R25)
        counts["any_r26"] += any(flags[k] for k in R26)
        counts["any_r27"] += any(flags[k] for k in R27)
        counts["any_r28"] += any(flags[k] for k in R28)
        counts["any_r30"] += any(flags[k] for k in R30)
        counts["any_r32"] += any(flags[k] for k in R32)
        counts["any_r40"] += any(flags[k] for k in R40)
        counts["any_r44"] += any(flags[k] for k in R44)
        counts["any_r52"] += any(flags[k] for k in R52)
        counts["any_r56"] += any(flags[k] for k in R56)
        counts[f"first_long:{channel}"] += bool(flags["first_long"])
        style = result.brief.style_index
        if style in STYLE_NAMES:
            m = result.message
            heard = style_heard(style, m.title or "", m.body)
            counts[f"style_all:{STYLE_NAMES[style]}:{channel}"] += 1
            counts[f"style_heard:{STYLE_NAMES[style]}:{channel}"] += heard
            if args.show == f"unheard:{STYLE_NAMES[style]}" and not heard:
                print(f"# {channel} s{result.stage.index} {result.product.name}\nT: {m.title}\n{m.body}\n")
        if dump:
            m = result.message
            row = {"channel": channel, "stage": result.stage.index, "style": result.brief.style_index,
                   "product": result.product.name, "persona": result.brief.persona, "title": m.title,
                   "body": m.body, "cta": m.cta, "flags": [k for k in KEYS if flags[k]]}  # fmt: skip
            dump.write(json.dumps(row, ensure_ascii=False) + "\n")
        if args.show and flags.get(args.show):
            m = result.message
            print(f"# {channel} s{result.stage.index} {result.product.name}\nT: {m.title}\n{m.body}\nCTA: {m.cta}\n")
    for key in (
        "messages",
        *KEYS,
        "any_seam",
        "any_assembled",
        "any_slip",
        "any_written",
        "any_r24",
        "any_r25",
        "any_r26",
        "any_r27",
        "any_r28",
        "any_r30",
        "any_r32",
        "any_r40",
        "any_r44",
        "any_r52",
        "any_r56",
    ):
        print(f"{key}: {counts[key]}")
    for name in STYLE_NAMES.values():
        for channel in args.channels.split(","):
            heard, total = counts[f"style_heard:{name}:{channel}"], counts[f"style_all:{name}:{channel}"]
            print(f"style_heard {name} {channel}: {heard}/{total}")
    for channel in args.channels.split(","):
        print(f"first_long {channel}: {counts[f'first_long:{channel}']}")


if __name__ == "__main__":
    main()
