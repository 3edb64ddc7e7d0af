"""The words Serambi reads tone and intent from, in English and Bahasa Indonesia (formal and
everyday: "tidak" and "gak", "terima kasih" and "makasih"). Weights run from -3 to +3.

A lexicon rather than a model: it runs anywhere, explains itself (the words that counted are
shown with the label), and a manager can correct what it gets wrong.
"""

from __future__ import annotations

POSITIVE: dict[str, float] = {
    # English
    "thanks": 2, "thank": 2, "thx": 2, "ty": 1, "appreciate": 2, "appreciated": 2, "love": 3,
    "loved": 3, "loving": 2, "great": 2, "awesome": 3, "amazing": 3, "excellent": 3,
    "fantastic": 3, "perfect": 3, "good": 1, "nice": 1, "helpful": 2, "happy": 2, "glad": 2,
    "works": 1, "worked": 1, "fixed": 2, "solved": 2, "resolved": 2, "easy": 1, "fast": 1,
    "quick": 1, "best": 2, "brilliant": 3, "wonderful": 3, "cool": 1, "recommend": 2,
    "recommended": 2, "impressed": 2, "smooth": 1, "useful": 2, "kudos": 3, "congrats": 2,
    "congratulations": 2, "enjoy": 2, "enjoying": 2, "beautiful": 2, "clean": 1, "lovely": 2,
    "superb": 3, "friendly": 2, "patient": 1, "finally": 1, "yay": 2, "wow": 1,
    # Bahasa Indonesia
    "terima": 1, "kasih": 1, "makasih": 2, "makasi": 2, "trims": 2, "suka": 2, "senang": 2,
    "seneng": 2, "bagus": 2, "mantap": 3, "mantab": 3, "mantul": 3, "keren": 3, "hebat": 3,
    "membantu": 2, "berhasil": 2, "lancar": 2, "cepat": 1, "mudah": 1, "puas": 2, "terbaik": 3,
    "sukses": 2, "top": 2, "rekomen": 2, "rekomendasi": 1, "cinta": 3, "sayang": 1,
    "memuaskan": 3, "ramah": 2, "sip": 2, "oke": 1, "beres": 2, "terbantu": 2,
    "bermanfaat": 2, "asik": 2, "asyik": 2, "enak": 1, "jos": 3, "salut": 2, "bangga": 2,
}

NEGATIVE: dict[str, float] = {
    # English
    "bad": -2, "terrible": -3, "awful": -3, "horrible": -3, "worst": -3, "hate": -3,
    "hated": -3, "broken": -2, "broke": -2, "bug": -1, "buggy": -2, "crash": -2,
    "crashes": -2, "crashed": -2, "crashing": -2, "error": -1, "errors": -1, "fail": -2,
    "failed": -2, "fails": -2, "failing": -2, "slow": -1, "useless": -3, "annoying": -2,
    "annoyed": -2, "angry": -3, "frustrated": -2, "frustrating": -2, "disappointed": -2,
    "disappointing": -2, "problem": -1, "problems": -1, "issue": -1, "issues": -1,
    "wrong": -1, "lost": -1, "missing": -1, "refund": -1, "scam": -3, "stuck": -1,
    "ridiculous": -2, "unacceptable": -3, "waiting": -1, "ignored": -2, "ignore": -1,
    "garbage": -3, "trash": -3, "sucks": -3, "sucked": -3, "pathetic": -3, "joke": -1,
    "stupid": -3, "idiot": -3, "idiots": -3, "liar": -3, "liars": -3, "shame": -2,
    "shameful": -3, "incompetent": -3, "worse": -2, "sad": -2, "unhappy": -2, "confusing": -1,
    "confused": -1, "cannot": -1, "can't": -1, "cant": -1, "doesn't": -1, "won't": -1,
    "charged": -1, "twice": -1, "disgusting": -3, "furious": -3, "wtf": -3, "damn": -2,
    # Bahasa Indonesia
    "buruk": -2, "jelek": -2, "parah": -3, "kecewa": -3, "mengecewakan": -3, "rusak": -2,
    "eror": -1, "gagal": -2, "lambat": -1, "lemot": -2, "lelet": -2, "ribet": -1,
    "susah": -1, "sulit": -1, "masalah": -1, "bermasalah": -2, "marah": -3, "kesal": -2,
    "kesel": -2, "sebel": -2, "bete": -2, "capek": -1, "nyesel": -2, "menyesal": -2,
    "penipu": -3, "penipuan": -3, "tipu": -3, "bohong": -3, "sampah": -3, "payah": -2,
    "bodoh": -3, "goblok": -3, "tolol": -3, "bego": -3, "anjing": -3, "brengsek": -3,
    "hilang": -1, "ilang": -1, "macet": -2, "hang": -1, "nyangkut": -1, "terpotong": -1,
    "dobel": -1, "ganda": -1, "lama": -1, "nunggu": -1, "menunggu": -1, "dicuekin": -2,
    "diabaikan": -2, "mahal": -1, "aneh": -1, "bingung": -1, "ngawur": -2, "gaje": -1,
    "zonk": -2, "kapok": -3, "benci": -3, "kacau": -2, "amburadul": -3, "nipu": -3,
    "nyerang": -2, "menyerang": -2, "disindir": -2, "sindir": -2, "disensor": -2, "mihak": -2,
    "memihak": -2, "ribut": -1, "cabut": -1, "dikuasai": -1, "adil": 1,
    "censored": -2, "biased": -2, "unfair": -2, "harass": -3, "harassing": -3,
    "harassment": -3, "attack": -2, "attacking": -2, "rude": -2,
}

NEGATORS = frozenset({
    "not", "no", "never", "don't", "dont", "didn't", "didnt", "isn't", "isnt", "wasn't",
    "nothing", "without", "hardly",
    "tidak", "tak", "gak", "ga", "nggak", "ngga", "enggak", "engga", "bukan", "belum", "blm",
    "jangan", "tanpa", "kurang",
})

INTENSIFIERS: dict[str, float] = {
    "very": 1.5, "really": 1.5, "so": 1.3, "extremely": 2.0, "super": 1.5, "totally": 1.5,
    "absolutely": 1.7, "completely": 1.5,
    "sangat": 1.5, "banget": 1.5, "bgt": 1.5, "sekali": 1.4, "amat": 1.4, "sungguh": 1.5,
    "terlalu": 1.4, "benar-benar": 1.6, "bener": 1.3, "paling": 1.5,
}

EMOJI: dict[str, float] = {
    "😀": 2, "😃": 2, "😄": 2, "😁": 2, "😊": 2, "🙂": 1, "😍": 3, "🥰": 3, "❤": 3, "❤️": 3,
    "💖": 3, "💕": 3, "👍": 2, "👏": 2, "🙏": 1, "🎉": 2, "🔥": 1, "✨": 1, "💯": 2, "😂": 1,
    "🤣": 1, "😢": -2, "😭": -2, "😞": -2, "😔": -2, "😠": -3, "😡": -3, "🤬": -3, "👎": -2,
    "💩": -3, "😤": -2, "🙄": -2, "😩": -2, "😫": -2, "🤮": -3, "💔": -2,
}

# Phrases that turn a disagreement into a fight: said to a person, not about a product.
HOSTILE_PHRASES = (
    "sok pintar", "sok tahu", "sok tau", "ikut campur", "gak ngerti", "nggak ngerti",
    "tidak ngerti", "orang kayak situ", "situ bayar", "nyerang pribadi", "cuma nipu",
    "diam aja", "diem aja", "mihak siapa", "urus aja", "ngaca",
    "know-it-all", "mind your own business", "shut up", "personal attack", "how dare",
    "who asked", "nobody asked", "get lost", "people like you", "you don't know what",
    "you have no idea", "go away",
)

# Words that make a message an attack on people rather than a complaint about a thing.
INSULTS = frozenset({
    "stupid", "idiot", "idiots", "liar", "liars", "incompetent", "pathetic", "clown", "clowns",
    "moron", "morons", "shut", "dumb", "loser", "losers", "scammer", "scammers", "fraud",
    "bodoh", "goblok", "tolol", "bego", "penipu", "brengsek", "anjing", "bangsat", "kampret",
    "sialan", "bacot", "norak", "munafik", "pembohong", "bajingan",
})

QUESTION_STARTS = frozenset({
    "how", "what", "why", "when", "where", "which", "who", "can", "could", "is", "are", "do",
    "does", "did", "will", "would", "should", "may", "anyone", "any",
    "apa", "apakah", "bagaimana", "gimana", "gmn", "kenapa", "mengapa", "knp", "kapan",
    "dimana", "di mana", "mana", "berapa", "siapa", "bisakah", "bolehkah", "adakah", "kok",
})

QUESTION_PHRASES = (
    "how do i", "how can i", "how to", "is there", "is it possible", "can i", "can you",
    "does anyone", "any idea", "anyone know", "wondering", "not sure how",
    "bagaimana cara", "gimana cara", "cara nya", "caranya", "bisa gak", "bisa nggak",
    "bisa tidak", "apa bisa", "ada yang tahu", "ada yg tau", "mau tanya", "numpang tanya",
    "boleh tanya",
)

COMPLAINT_WORDS = frozenset({
    "refund", "broken", "crash", "crashes", "crashed", "error", "bug", "charged", "twice",
    "lost", "missing", "stuck", "unacceptable", "worst", "ignored", "cancel", "fix", "still",
    "again", "complaint", "disappointed", "doesn't", "won't", "can't", "cannot",
    "rusak", "gagal", "eror", "kecewa", "hilang", "ilang", "dobel", "terpotong",
    "lemot", "macet", "komplain", "keluhan", "dicuekin", "diabaikan", "parah",
    "masih", "lagi", "belum",
})

PRAISE_WORDS = frozenset({
    "thanks", "thank", "thx", "love", "great", "awesome", "amazing", "excellent", "kudos",
    "appreciate", "best", "brilliant", "recommend", "congrats", "fantastic", "wonderful",
    "makasih", "makasi", "trims", "mantap", "mantul", "keren", "hebat", "suka", "terbaik",
    "salut", "jos", "bagus", "rekomen", "puas", "terbantu",
})

REQUEST_PHRASES = (
    "please add", "would be nice", "would love", "feature request", "it would be great",
    "could you add", "wish", "suggestion", "suggest", "please make", "support for",
    "tolong tambah", "tolong tambahin", "mohon tambah", "semoga ada", "request fitur",
    "saran", "usul", "kalau bisa", "kalo bisa", "mohon dibuat", "fitur baru", "pengen ada",
    "ingin ada",
)

SPAM_WORDS = frozenset({
    "giveaway", "airdrop", "crypto", "bitcoin", "btc", "forex", "investment", "invest",
    "profit", "earn", "casino", "bet", "betting", "followers", "promo", "discount", "free",
    "winner", "won", "prize", "claim", "dm", "whatsapp", "telegram", "wa", "onlyfans",
    "slot", "gacor", "judi", "togel", "maxwin", "deposit", "investasi", "cuan", "gratis",
    "hadiah", "pemenang", "klaim", "diskon", "jual", "pinjol", "pinjaman",
    "bonus", "jackpot", "verify", "verifikasi", "suspended", "login", "jasa", "likes",
    "murah", "reviews", "five-star", "seo", "ranking", "guarantee", "guarantees",
    "guaranteed", "trading", "bot", "returns", "partner", "cair", "bunga",
    "dijamin", "untung", "pasti", "bio", "exclusive", "selected", "congratulations",
    "cheap", "rates", "freedom", "passive", "income", "penghasilan", "situs", "daftar",
})
