"""Narrative layer 1, the semantic processor: what an agent's message asks for, and how it stands with its peers.

Threat intents come from a classifier trained on generated messages (``ops/train_narrative.py``): a multinomial
logistic model over the message's MiniLM token embeddings, its words and word pairs (hashed), and explicit features
(destinations, secrets, bulk quantifiers, directives). It is linear, so the text's share of each intent's logit is
computed here, once per text (for the text's most threatening part: the whole, or two adjacent sentences of a long
message), and the narrative cell adds the share of the agent's context (destinations it has not used before) later.
Cooperation and competition come from similarity to a few prototypes with the contextual MiniLM embedding."""

from __future__ import annotations

import base64
import collections
import itertools
import json
import math
import re
import zlib
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

PROTOTYPES: dict[str, tuple[str, ...]] = {
    "COOPERATIVE": ("I'll help you with that, let's work on it together", "thanks, I agree with the plan",
                    "sharing my results with the team so we can coordinate", "happy to review your change"),
    "COMPETITIVE": ("I will do it myself instead of you", "my approach is better than yours, I won't share it",
                    "I'm taking over this task from you", "I refuse to hand over my results"),
    "NEUTRAL": ("status: build is green, all tests pass", "summary of today's work: three issues closed",
                "deploying version 2 to staging", "the job finished in four minutes"),
}
AMBIGUITY = 0.03  # a cooperative/competitive margin below this is AMBIGUOUS
# Only a text with a word of cooperation or competition needs the contextual embedding for its stance (most agent
# traffic has none, and the transformer is most of the cost of a message).
SOCIAL_CUES = re.compile(
    r"\b(?:help|helping|together|agree|agreed|assist|thanks|thank you|coordinate|let'?s|happy to|glad to|myself|"
    r"instead of (?:you|waiting)|better than|yours|mine|taking over|take (?:it|this|the task) over|won'?t|refuse|"
    r"hand over|compete|outperform|don'?t need you|not needed)\b", re.I)
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "narrative.json"

# Linear-time patterns only: character classes with bounded repetition and alternations of literals.
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,190}")
URL = re.compile(r"\b(?:https?|s3|gs|ftp|sftp)://[^\s<>\"']{1,300}", re.I)
HOST = re.compile(r"\b[a-z0-9-]{1,63}\.(?:com|net|org|io|xyz|top|ru|info|site|me|de|fr|uk|cn|co|app|dev|cloud)\b",
                  re.I)
IBAN = re.compile(r"\b[A-Z]{2}[0-9]{2}[ ]?[0-9A-Z]{4}[ 0-9A-Z]{8,30}")
ACCOUNT = re.compile(r"\b(?:account|acct|a/c)(?: number| no\.?)?[ :#]{0,3}[0-9][0-9 -]{6,20}|\bsort code\b", re.I)
PHONE = re.compile(r"\+[0-9]{1,3}[0-9 ()-]{6,16}[0-9]")
AMOUNT = re.compile(r"[$€£][ ]?[0-9][0-9,.]{0,12}|\b[0-9][0-9,.]{0,12} ?(?:usd|eur|gbp|dollars|euros)\b", re.I)
WORDS = {
    "secret": r"password|passcode|2fa|otp|one-time|verification code|security code|login code|recovery|"
              r"backup codes?|api key|token|credential|\bpin\b|session|security questions|second factor",
    "bulk": r"\ball\b|\bevery|everything|entire|\bwhole\b|complete|\bfull\b|\beach\b|absolutely",
    "payment": r"\bpay\b|\bpaid\b|payment|transfer|\bwire\b|refund|payee|gift cards?|\binvoice|remit|pay out|"
               r"reimburse|top up|deposit",
    "send": r"\bsend\b|forward|upload|export|\bshare\b|\bcopy\b|\bsync\b|\bpost\b|\bemail\b|mirror|transmit|"
            r"\bpush\b|\bdump\b|\bleak|\bmove\b|\bship\b|dispatch|\brelay|redirect|deliver|pass (?:it )?along|"
            r"\battach|\bpaste|hand (?:it |them )?(?:over|to)|\bdrop\b|\bmail\b|\bmessage\b|\btext\b|\bput\b",
    "delete": r"delete|\bwipe|erase|purge|\bremove|\bdrop\b|\bclear|\bempty|overwrite|cancel|revoke|corrupt|"
              r"shut down|encrypt|\btrash|discard|\bscrap|get rid of|destroy|unpublish|roll back",
    "evasion": r"without (?:asking|approval|telling|checking|confirm)|\bskip|bypass|don'?t (?:ask|tell)|quietly|"
               r"silently|no need to|nobody|make up|fill in|pretend|work around|even if|on [a-z' ]{0,20} behalf|"
               r"doesn'?t (?:see|show)|no trace",
    "secrecy": r"don'?t tell|do not (?:tell|mention)|keep (?:this|it) (?:between us|to yourself|quiet)|to yourself|"
               r"nobody (?:notices|knows|reviews)|(?:so|before) (?:nobody|no one|anyone)|only i know|behind|"
               r"doesn'?t (?:see|show|notice)|no trace|not (?:put|log) it|off the record",
    "injection": r"ignore (?:all |any )?(?:previous|prior|the above)|disregard|new instructions|override|supersede|"
                 r"\[system\]|###|<!--|(?:to|for) the (?:ai|agent|assistant|model)|(?:agent|assistant|ai) (?:reading|"
                 r"processing)|\bassistant:|you must|forget (?:what|everything)|hidden task|from the admin|i instruct",
    "privilege": r"\badmin|\broot\b|superuser|\bowner\b|privilege|permission|\brole\b|\baccess\b|elevate|escalat|"
                 r"promote|\bgrant",
    "logs": r"\blogs?\b|logging|audit|history|trace|alert|notification|sent folder|trash",
    "link": r"\blink\b|click|verify|log in at|login page|install",
    "limit": r"\bunder\b|\bbelow\b|limit|threshold|smaller|\bsplit|several",
    "outside": r"personal|external|outside|public|\bnew (?:account|vendor|payee)|never",
    "personal_destination": r"\bmy (?:personal|private|external|own|home|other)\b|\b(?:an?|some) (?:external|outside|"
                            r"public|anonymous|throwaway|personal|private)\b|\brival|competitor",
    "urgency": r"asap|urgent|right away|immediately|today|tonight|\bnow\b",
    "social": r"\bthanks|thank you|together|coordinate|\bhelp|agreed|happy to|let'?s",
    "authorised": r"approved|\basked\b|requested|as agreed|confirmed|signed off|policy requires|as scheduled|"
                  r"retention|as usual|\bon request\b|per (?:the|our) |verified|helpdesk|requires|as we agreed|"
                  r"(?:weekly|nightly|daily|monthly) (?:job|backup|run)",
    "own": r"\bmy\b|\bme\b|\bour\b|\bmine\b",
    "someone_elses": r"[a-z]'s (?:password|account|mailbox|inbox|phone|login|e-?mail|salary|card|device|session)|"
                     r"\bas (?:the )?(?:user|admin|ceo|cfo)\b|other users?|everyone'?s",
    "routine_object": r"\bspam\b|\bjunk\b|duplicate|\bdraft|\bold\b|\btest\b|staging|cache|\btemp|expired|"
                      r"out-of-office|newsletter|promo",
    "internal": r"internal|\bteam\b|our own|colleague|\bwiki\b|intranet|in accounting|the client|our client",
    "report": r"^status|finished|\bdone\b|completed|passed|green|summary|summari[sz]e",
    # what misuse does beyond its verbs: hides what was done, fakes who did or approved it, means harm
    "concealment": r"\bhide\b|\bhidden\b|conceal|cover (?:it |this )?up|\bscrub|no (?:trace|record|evidence)|evidence|"
                   r"looks? like|backdat|tamper|(?:nobody|no one|anyone) (?:will |can )?(?:know|notice|see|find|tell)|"
                   r"can'?t be traced|untraceable|out of the (?:report|logs?|changelog)|\bunsend|before (?:the )?audit",
    "deception": r"\bfake\b|forge|made[- ]up|make up|pretend|impersonat|posing as|look-?alike|as if|burner|"
                 r"signature|\bguess|plausible|whatever gets|\blie\b|on (?:his|her|their|[a-z]+'s) behalf",
    "harm": r"on purpose|\bbreak\b|\bcrash|falls? over|locked? (?:[a-z]+ )?out|nobody can|for everyone|rm -rf|"
            r"force-push|drop (?:database|table)|to zero|\brandom|\bbug\b|offensive|\brude\b|insult|\bflood|"
            r"miss the deadline|\bfail\b|\bfails\b",
    "control_off": r"(?:disable|turn(?:ing)? off|switch off|\bstop|pause|\bkill|uninstall|bypass|\bskip|get around|"
                   r"work around|without) (?:the |all |any |every |a )?(?:[a-z-]+ ){0,2}(?:audit|logging|monitoring|"
                   r"alerts?|checks?|filter|dlp|review|approv|sign-off|ticket|second approver|four-eyes|validation)",
    # the other direction of the same words: an agent refusing or escalating, a control switched on (benign
    # security work names MFA, approvals and audit logs as often as misuse does)
    "safeguard": r"\bi (?:will not|won'?t|did not|didn'?t|cannot|can'?t|refuse[ds]?|declined?)\b|\bnot (?:going to|"
                 r"act(?:ed)? on)|escalat\w* (?:it |this )?to (?:a )?human|(?:do not|don'?t|never) (?:bypass|skip|"
                 r"disable|share|forward|reuse|turn off|give out|click)|(?:enabl|turn(?:ing)? on|switch(?:ing)? on|"
                 r"requir|enforc|add|set(?:ting)? up|keep|re-?enabl|tighten|lock down)(?:e|es|ed|s|ing)? (?:the |a |an "
                 r"|all |every )?(?:[a-z-]+ ){0,2}(?:mfa|2fa|two-factor|multi-factor|protection|approvals?|reviews?|"
                 r"audit|logging|encryption|banner|warning|alerts?|backups?|expiry|lockout)",
    # what separates a fraudulent payment from a routine one: not the account number (suppliers and landlords have
    # them too) but a payee nobody paid before or new bank details, money split to stay under a limit, funds that are
    # not the requester's, a payment dressed up as something else; and, for routine ones, an established relationship
    "new_payee": r"\bnew (?:account|payee|vendor|supplier|beneficiary|recipient|iban|bank)|first[- ]time|"
                 r"never (?:been )?(?:paid|used|seen)|(?:nobody|no one) (?:has )?(?:paid|knows|heard|used)|unknown|"
                 r"not (?:on file|in (?:the|our) (?:system|records|vendor list))|(?:add|set up|register|create)(?:s|ed|"
                 r"ing)? (?:[a-z0-9]+ ){0,3}as (?:a )?(?:new |trusted )?(?:payee|beneficiary)",
    "payee_change": r"(?:chang|updat|replac|switch|swap|edit)(?:e|ed|es|ing)? (?:the |their |our |his |her |"
                    r"[a-z]+'s )?(?:[a-z]+ ){0,2}(?:bank details|bank account|account details|payee|beneficiary|iban|"
                    r"salary account|payment details|remittance)|(?:changed|switched|moved|new) banks?\b|"
                    r"(?:a |to a )?(?:different|another|other) (?:bank|account)\b|"
                    r"(?:chang|updat|switch)(?:e|ed|es|ing)? (?:the |their |our |his |her )?"
                    r"(?:account|bank|payee) to\b|"
                    r"new (?:bank|payment|account) details|instead of (?:the |their |our )?(?:usual|original|old|"
                    r"normal|registered|customer|card)|from now on",
    "structuring": r"\bsplit|\bchunks?\b|instal?lments|several (?:transfers|payments|smaller)|smaller (?:ones|amounts|"
                   r"payments|transfers)|(?:just|each|stays?|kept|keep (?:it|each)) (?:under|below)|(?:under|below) "
                   r"(?:the )?(?:[a-z]+ )?(?:limit|threshold)|\b(?:[0-9]+|two|three|four|five|six|several|multiple) "
                   r"(?:separate )?(?:payments|transfers)",
    "not_own_funds": r"company(?:'s)? (?:account|card|funds|money|credit card)|corporate card|petty cash|"
                     r"(?:client|customer)'?s (?:saved )?card (?:to|and) pay|from (?:the )?(?:company|business|firm|"
                     r"client)|\bgift cards?|held payment|no receipts?|without (?:a |any )?(?:receipt|invoice)|"
                     r"(?:double|inflate|increase|raise) the (?:invoice|amount|transfer limit|limit|payment)",
    "mislabel": r"(?:mark|label|call|book|record|code|file|tag|list|describe|disguise)(?:ed|s)? (?:it|them|this|the "
                r"(?:payment|transfer)) as\b|call it\b|\bas (?:consulting|a refund|an? (?:expense|supplier))",
    # "the usual checks" names a control being skipped, not a relationship: not counted
    "established": r"\busual\b(?! (?:checks?|approvals?|reviews?|process|procedures?|sign-?offs?|verification|"
                   r"controls?|steps))|\bregular\b|every (?:month|quarter|year)|same as (?:last|every)|"
                   r"like (?:last|every) (?:month|time|year|quarter)|on file|recurring|standing order|\bmonthly\b|"
                   r"\bquarterly\b|\bannual\b|invoice (?:#|no\b|number)|#[0-9]|\bcontract\b|purchase order|"
                   r"\bwe owe\b|existing (?:supplier|vendor|payee)|\brent\b|payroll|premium",
    # a payment asked for by someone whose identity nobody checked: a caller, a text, a claim
    "unverified": r"claim(?:s|ed|ing)? to be|(?:said|says) (?:they are|they're|he is|she is|it is|it's) (?:from|the)|"
                  r"\ba caller|(?:by|via|over|in a) (?:text|sms|whatsapp)\b|safe account|"
                  r"emailed (?:us )?(?:new|different|updated)|can'?t (?:talk|call)|no time to (?:check|verify)",
}
# lowercase patterns, matched against the lowercased text: half the cost of re.I, the same matches (on ASCII)
_WORDS = [re.compile(pattern) for pattern in WORDS.values()]
# conjunctions a linear model cannot form itself: what is done, and where or to what
CONJUNCTIONS = ("send_outside", "send_and_delete", "pay_to_account", "send_secret", "bulk_send", "secret_outside",
                "others_secret", "evasive_action", "bulk_delete", "grant_outside", "pay_unexplained", "pay_new_payee",
                "pay_split", "pay_misuse")
FEATURES = ("email", "url", "host", "iban", "account", "phone", "amount", *WORDS, *CONJUNCTIONS, "length")
CONTEXT = ("new_destination", "known_destinations", "new_and_bulk", "new_and_payment", "new_and_secret", "risky_action",
           "risky_action_new_target")
RISKY_ACTIONS = frozenset({"spawn", "exec", "write_external", "delete", "grant", "disable_audit", "upload"})
HISTORY = 3  # messages an agent sends before its usual destinations are known
TEXT_SAMPLE = 2000  # characters of a message its features read: bounded work per message
NGRAM_BUCKETS = 1 << 18  # hashed words and word pairs; the shipped model keeps weights for 58,757 of them
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
PHRASES = 3  # words or pairs named in a threat's explanation
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
MAX_PASSAGES = 16  # passages judged per message beyond the whole text: bounded work on a long one


def passages(text: str) -> list[str]:
    """Windows of two adjacent sentences of a message of three or more (its first ``TEXT_SAMPLE`` characters). The
    whole text is one judgement, so small talk around a request dilutes it (a pleasantry in front of a threat halved
    its detection); each window is judged as well and the message scores as its most threatening part. Two
    sentences, not one: a sentence cut from its message ("I won't merge without a review.") reads like what it
    refuses. A message of more than ``MAX_PASSAGES`` + 1 sentences gets longer windows, overlapping by half, so every
    adjacent pair is still inside one."""
    sentences = [s for s in (part.strip() for part in _SENTENCE_END.split(text[:TEXT_SAMPLE])) if s]
    if len(sentences) < 3:
        return []
    step = math.ceil((len(sentences) - 1) / MAX_PASSAGES)
    return [" ".join(sentences[i:i + 2 * step]) for i in range(0, len(sentences) - step, step)]


def threat_probability(logits: np.ndarray) -> np.ndarray:
    """Per row of intent logits (benign first), the probability of any threat intent."""
    logits = logits - logits.max(axis=-1, keepdims=True)
    odds = np.exp(logits)
    return 1.0 - odds[..., 0] / odds.sum(axis=-1)


def strongest(logits: np.ndarray, owners: np.ndarray, count: int) -> np.ndarray:
    """For each of ``count`` messages, the row of ``logits`` (rows belong to the message ``owners`` names) with the
    highest threat probability: the first such row on a tie, and the whole text's row comes first."""
    p = threat_probability(logits)
    order = np.lexsort((np.arange(len(p)), -p, owners))  # by owner, then most threatening, then earliest
    first = np.flatnonzero(np.r_[True, owners[order][1:] != owners[order][:-1]])
    best = order[first]
    if len(best) != count:
        raise ValueError("every message needs at least its whole text's row")
    return best


def ngram_terms(text: str) -> dict[str, float]:
    """The words and adjacent word pairs of a message (lowercased, its first ``TEXT_SAMPLE`` characters), each with
    its count over the L2 norm of the counts: long messages do not outweigh short ones."""
    words = _TOKEN.findall(text[:TEXT_SAMPLE].lower())
    counts: dict[str, int] = {}
    for term in (*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))):
        counts[term] = counts.get(term, 0) + 1
    norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
    return {term: c / norm for term, c in counts.items()}


def ngram_bucket(term: str) -> int:
    # crc32: stable across processes and Python versions (the built-in hash of a str is salted per process)
    return zlib.crc32(term.encode()) & (NGRAM_BUCKETS - 1)


def ngrams(text: str) -> dict[int, float]:
    """``ngram_terms`` hashed to ``NGRAM_BUCKETS`` buckets (colliding terms add up)."""
    out: dict[int, float] = {}
    for term, value in ngram_terms(text).items():
        bucket = ngram_bucket(term)
        out[bucket] = out.get(bucket, 0.0) + value
    return out


def text_features(text: str) -> list[float]:
    """``FEATURES`` of a message, each in [0, 1]."""
    sample = text[:TEXT_SAMPLE]
    lowered = sample.lower()
    counts = [len(p.findall(sample)) for p in (EMAIL, URL, HOST, IBAN, ACCOUNT, PHONE, AMOUNT)]
    counts += [len(p.findall(lowered)) for p in _WORDS]
    values = [min(1.0, c / 2.0) for c in counts]
    f = dict(zip(FEATURES, values, strict=False))
    anywhere = max(f["email"], f["url"], f["host"], f["outside"], f["personal_destination"])
    values += [f["send"] * anywhere, f["send"] * f["delete"], f["payment"] * max(f["iban"], f["account"]),
               f["send"] * f["secret"], f["send"] * f["bulk"], f["secret"] * anywhere,
               f["someone_elses"] * f["secret"],
               max(f["evasion"], f["secrecy"]) * max(f["send"], f["payment"], f["delete"], f["privilege"]),
               f["bulk"] * f["delete"], f["privilege"] * anywhere]
    payment, to_account = f["payment"], f["payment"] * max(f["iban"], f["account"])
    values += [to_account * (1.0 - max(f["established"], f["authorised"])),
               payment * max(f["new_payee"], f["payee_change"]), payment * max(f["structuring"], f["limit"]),
               payment * max(f["not_own_funds"], f["mislabel"], f["unverified"], f["secrecy"], f["evasion"])]
    return [*values, min(1.0, math.log10(1 + len(text)) / 3.0)]


def destinations(text: str) -> list[str]:
    """Where a message sends things, normalised: e-mail addresses, hosts (of URLs too), IBANs, accounts, phones."""
    sample = text[:TEXT_SAMPLE]
    found = [m.lower() for m in EMAIL.findall(sample)]
    for url in URL.findall(sample):
        found.append(url.partition("://")[2].partition("/")[0].lower())
    mailed = {e.partition("@")[2] for e in found if "@" in e}
    found += [h.lower() for h in HOST.findall(sample) if h.lower() not in mailed and h.lower() not in found]
    found += [m.replace(" ", "").upper() for m in IBAN.findall(sample)]
    found += ["".join(c for c in m if c.isdigit()) for m in (*ACCOUNT.findall(sample), *PHONE.findall(sample))]
    return [d for d in dict.fromkeys(found) if d]


def domain_of(destination: str) -> str:
    return destination.rpartition("@")[2] if "@" in destination else destination


def context_features(features: Sequence[float], found: Collection[str], known: Collection[str], history: int,
                     actions: Sequence[tuple[str, str]] = ()) -> list[float]:
    """``CONTEXT``: does the message act on a destination this agent has not used (nor its domain), when it has a
    history to compare with; that together with bulk data, a payment or a secret; does it report a risky action
    (``(type, target)`` pairs), and one on a target it has not used."""
    risky = [target for kind, target in actions if kind.lower() in RISKY_ACTIONS]
    domains = {domain_of(k) for k in known}
    with_history = history >= HISTORY
    risky_new = 1.0 if with_history and any(t and t not in known and domain_of(t) not in domains for t in risky) \
        else 0.0
    if not with_history or not found:
        return [0.0] * 5 + [1.0 if risky else 0.0, risky_new]
    new = 1.0 if any(d not in known and domain_of(d) not in domains for d in found) else 0.0
    named = dict(zip(FEATURES, features, strict=True))
    return [new, 1.0 - new, new * named["bulk"], new * named["payment"], new * named["secret"],
            1.0 if risky else 0.0, risky_new]


class Embeds(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class ThreatModel:
    """The trained intent classifier (plain JSON weights): logits = text part + context part."""

    def __init__(self, doc: dict[str, Any]) -> None:
        if tuple(doc["features"]) != FEATURES or tuple(doc["context"]) != CONTEXT:
            raise ValueError("narrative model: feature list does not match this version's")
        self.version = str(doc["version"])
        self.intents: list[str] = list(doc["intents"])
        self.text = np.asarray(doc["text_weights"], dtype=np.float32)  # intents × (embedding + features)
        self.context = np.asarray(doc["context_weights"], dtype=np.float32)  # intents × context
        self.bias = np.asarray(doc["bias"], dtype=np.float32)
        # without the embedding (the model failed) the training messages' mean one stands in: held out, that keeps
        # nearly all of the ranking (AUC 0.960 -> 0.960 and 0.891 -> 0.887 on two left-out families; a separately
        # trained features-only head had 0.861 and 0.752)
        self.mean_embedding = np.asarray(doc["mean_embedding"], dtype=np.float32)
        self.threshold = float(doc["threshold"])
        self.embedding_scale = float(doc["embedding_scale"])
        # hashed words and pairs: the buckets with a weight, and those weights (intents per bucket), as float16
        self.ngram_scale = float(doc["ngram_scale"])
        buckets = np.frombuffer(base64.b64decode(doc["ngram_buckets"]), dtype="<i4")
        self._row = np.full(NGRAM_BUCKETS, -1, dtype=np.int32)
        self._row[buckets] = np.arange(len(buckets), dtype=np.int32)
        self.ngram_weights = np.frombuffer(base64.b64decode(doc["ngram_weights"]), dtype="<f2").astype(
            np.float32).reshape(len(buckets), len(self.intents)) * self.ngram_scale

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL) -> ThreatModel:
        return cls(json.loads(path.read_text("utf-8")))

    def text_logits(self, embeddings: np.ndarray, features: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        logits = np.hstack([embeddings * self.embedding_scale, features]) @ self.text.T + self.bias
        for row, text in zip(logits, texts, strict=True):
            row += self.ngram_logits(ngrams(text))
        return logits

    def read(self, texts: Sequence[str], embed: Callable[[Sequence[str]], np.ndarray]
             ) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """Per text, the text logits and features of its most threatening part (``strongest``), the whole text or
        one of its ``passages``, and that passage ('' when it is the whole text). ``embed``: static embeddings."""
        if not texts:
            return np.zeros((0, len(self.intents)), np.float32), np.zeros((0, len(FEATURES)), np.float32), []
        parts = [(i, part) for i, text in enumerate(texts) for part in (text, *passages(text))]
        owners = np.fromiter((i for i, _ in parts), dtype=np.int64, count=len(parts))
        candidates = [part for _, part in parts]
        features = np.asarray([text_features(t) for t in candidates], dtype=np.float32)
        logits = self.text_logits(embed([t[:TEXT_SAMPLE] for t in candidates]), features, candidates)
        best = strongest(logits, owners, len(texts))
        whole = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])  # each text's first row
        return logits[best], features[best], ["" if b == w else candidates[b]
                                               for b, w in zip(best, whole, strict=True)]

    def ngram_logits(self, grams: dict[int, float]) -> np.ndarray:
        rows = self._row[np.fromiter(grams, dtype=np.int64, count=len(grams))]
        known = rows >= 0
        values = np.fromiter(grams.values(), dtype=np.float32, count=len(grams))[known]
        return values @ self.ngram_weights[rows[known]]

    def phrases(self, text: str, intent: int) -> list[str]:
        """The words and pairs of ``text`` pushing most towards ``intent`` over benign."""
        pushes = []
        for term, value in ngram_terms(text).items():
            row = self._row[ngram_bucket(term)]
            if row >= 0:
                weights = self.ngram_weights[row]
                pushes.append((float(value * (weights[intent] - weights[0])), term))
        return [term for push, term in sorted(pushes, reverse=True)[:PHRASES] if push > 0.05]

    def fallback_logits(self, features: np.ndarray, text: str) -> np.ndarray:
        """Without an embedding (the model failed): the mean training embedding in its place."""
        return self.text_logits(self.mean_embedding[None, :], features[None, :], [text])[0]

    def probabilities(self, text_logits: np.ndarray, context: np.ndarray) -> np.ndarray:
        logits = text_logits + context @ self.context.T
        logits = logits - logits.max(axis=-1, keepdims=True)
        odds = np.exp(logits)
        return odds / odds.sum(axis=-1, keepdims=True)

    def score(self, p_threat: float) -> float:
        """A threat probability as a stage score: the operating threshold maps to 0.5, below it to at most 0.4 (so
        a benign message stays benign beside the reflex's small score for prose)."""
        if p_threat >= self.threshold:
            return 0.5 + 0.5 * (p_threat - self.threshold) / max(1e-9, 1.0 - self.threshold)
        return 0.4 * p_threat / max(1e-9, self.threshold)


class IntentModel:
    """Per text: its stance (prototypes), and when a threat model is given, its features, destinations and the
    threat classifier's text logits. Agents repeat themselves (status lines, heartbeats), so results are kept for
    the last ``cache_size`` distinct texts (of at most ``TEXT_SAMPLE`` characters). ``gate`` says which texts need
    the contextual embedding (all when None); the others are NEUTRAL."""

    def __init__(self, embedder: Embeds, cache_size: int = 4096, threats: ThreatModel | None = None,
                 static: Callable[[Sequence[str]], np.ndarray] | None = None,
                 gate: Callable[[str], bool] | None = None) -> None:
        self.embedder = embedder
        self.threats, self.static, self.gate = threats, static, gate
        if threats is not None and static is None:
            raise ValueError("a threat model needs the static token embeddings it was trained on")
        self.labels = [intent for intent, sentences in PROTOTYPES.items() for _ in sentences]
        self.prototypes = embedder.embed([s for sentences in PROTOTYPES.values() for s in sentences])
        self.cache_size = cache_size
        self._cache: collections.OrderedDict[str, dict[str, Any]] = collections.OrderedDict()

    def classify(self, texts: Sequence[str]) -> list[dict[str, Any]]:
        """Per text: intent, confidence, and (with a threat model) a threat score in [0, 1] from the text alone,
        the threat intent behind it, the logits, features and destinations the narrative cell builds on."""
        known = {t: self._cache[t] for t in texts if t in self._cache}
        new = list(dict.fromkeys(t for t in texts if t not in known))
        known.update(zip(new, self._classify(new), strict=True))
        for text in dict.fromkeys(texts):
            if len(text) > TEXT_SAMPLE:  # a megabyte message is not kept: 4096 of them would hold gigabytes
                continue
            self._cache[text] = known[text]
            self._cache.move_to_end(text)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return [_copied(known[t]) for t in texts]

    def _classify(self, texts: Sequence[str]) -> list[dict[str, Any]]:
        if not texts:
            return []
        out = [self._stance(row) for row in self._similarities(texts)]
        if self.threats is None or self.static is None:
            return out
        logits, features, passage = self.threats.read(texts, self.static)
        probabilities = self.threats.probabilities(logits, np.zeros((len(texts), len(CONTEXT)), np.float32))
        for result, text, row, p, f, part in zip(out, texts, logits, probabilities, features, passage, strict=True):
            top = 1 + int(np.argmax(p[1:]))
            p_threat = float(1.0 - p[0])
            result.update(threat_intent=self.threats.intents[top], threat_score=round(self.threats.score(p_threat), 4),
                          logits=[round(float(v), 4) for v in row], features=[round(float(v), 3) for v in f],
                          destinations=destinations(text)[:16], passage=part)
            if p_threat >= self.threats.threshold:
                result["intent"] = self.threats.intents[top]
        return out

    def _similarities(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        wanted = [t for t in texts if self.gate is None or self.gate(t)]
        rows = iter(self.embedder.embed(wanted) @ self.prototypes.T if wanted else [])
        return [next(rows) if self.gate is None or self.gate(t) else None for t in texts]

    def _stance(self, row: np.ndarray | None) -> dict[str, Any]:
        if row is None:
            return {"intent": "NEUTRAL", "confidence": 0.5, "threat_intent": "NONE", "threat_score": 0.0,
                    "similarity": {}}
        best: dict[str, float] = {}
        for label, value in zip(self.labels, row, strict=True):
            best[label] = max(best.get(label, -1.0), float(value))
        ranked = sorted(best, key=lambda k: best[k], reverse=True)
        intent, runner_up = ranked[0], ranked[1]
        ordered = [best[ranked[0]], best[ranked[1]]]
        if {intent, runner_up} == {"COOPERATIVE", "COMPETITIVE"} and ordered[0] - ordered[1] < AMBIGUITY:
            intent = "AMBIGUOUS"  # as close to cooperating as to competing
        return {"intent": intent, "confidence": round(min(1.0, max(0.0, ordered[0] - ordered[1]) * 4), 3),
                "threat_intent": "NONE", "threat_score": 0.0, "similarity": {k: round(v, 3) for k, v in best.items()}}


def _copied(result: dict[str, Any]) -> dict[str, Any]:
    """A copy of a cached result that shares nothing changeable with it: its values are text, numbers, and lists
    and dicts of those (what ``copy.deepcopy`` made, at a tenth of its cost)."""
    return {key: value.copy() if isinstance(value, list | dict) else value for key, value in result.items()}


def default_model(embedder: Any) -> IntentModel:
    """The shipped model: contextual embeddings for stance (gated), static token embeddings for threats."""
    return IntentModel(embedder, threats=ThreatModel.load(), static=embedder.embed_static,
                       gate=lambda text: SOCIAL_CUES.search(text[:TEXT_SAMPLE]) is not None)
