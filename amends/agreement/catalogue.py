"""The behaviours every couple is asked about, in our words.

Data, not code: a tuple of (key, group, wording). The keys are stable (ratings and
agreements point at the rows made from them); the wording can be improved in a later
data migration. Each is asked as "If one of us did this, what would it be to you?",
so the wording names the behaviour, never a person.

Loaded into `Behaviour` rows (space = NULL) by migration 0002_catalogue.
"""

from typing import Final

ONLINE: Final = "online"
PHYSICAL: Final = "physical"
EMOTIONAL: Final = "emotional"
MONEY: Final = "money"
SUBSTANCES: Final = "substances"
SOCIAL: Final = "social"

# In the order the questionnaire asks them.
GROUPS: Final[tuple[tuple[str, str], ...]] = (
    (ONLINE, "Online and phone"),
    (PHYSICAL, "Physical"),
    (EMOTIONAL, "Emotional"),
    (MONEY, "Money and secrets"),
    (SUBSTANCES, "Substances and porn"),
    (SOCIAL, "Social life"),
)

CATALOGUE: Final[tuple[tuple[str, str, str], ...]] = (
    # Online and phone
    ("dating_app_profile", ONLINE, "Having an active profile on a dating app"),
    ("secret_messaging", ONLINE, "Messaging someone in secret"),
    ("flirty_messages", ONLINE, "Sending flirty messages to someone else"),
    ("sexting", ONLINE, "Sexting, or sending intimate photos to someone else"),
    ("deleting_messages", ONLINE, "Deleting messages so they will not be seen"),
    ("second_phone", ONLINE, "Using a hidden app, a second account or a second phone"),
    ("chatting_with_ex", ONLINE, "Chatting privately with an ex"),
    ("following_ex", ONLINE, "Following an ex closely on social media"),
    # Physical
    ("sex", PHYSICAL, "Having sex with someone else"),
    ("kissing", PHYSICAL, "Kissing someone else"),
    ("sexual_touching", PHYSICAL, "Touching someone else in a sexual way"),
    ("holding_hands", PHYSICAL, "Holding hands with someone else"),
    ("close_dancing", PHYSICAL, "Dancing closely with someone else"),
    ("close_hug", PHYSICAL, "A long, close hug with someone you are attracted to"),
    ("paying_for_sex", PHYSICAL, "Paying for sex"),
    # Emotional
    ("emotional_intimacy", EMOTIONAL, "Emotional intimacy with someone else"),
    ("flirting", EMOTIONAL, "Flirting with someone else in person"),
    ("confiding_problems", EMOTIONAL, "Telling someone else about problems between us"),
    ("hidden_feelings", EMOTIONAL, "Having feelings for someone else and keeping it hidden"),
    ("daily_contact", EMOTIONAL, "Talking every day with someone you are attracted to"),
    ("close_with_ex", EMOTIONAL, "Staying close to an ex"),
    ("fantasising", EMOTIONAL, "Fantasising about someone else"),
    # Money and secrets
    ("secret_spending", MONEY, "Spending money in secret"),
    ("secret_account", MONEY, "Keeping a secret bank account or credit card"),
    ("hidden_debts", MONEY, "Hiding debts"),
    ("gifts_for_someone", MONEY, "Buying gifts for someone you are attracted to"),
    ("secret_gambling", MONEY, "Gambling without saying so"),
    ("lying_whereabouts", MONEY, "Lying about where you were or who you were with"),
    ("unmentioned_meeting", MONEY, "Meeting someone and not mentioning it"),
    # Substances and porn
    ("porn", SUBSTANCES, "Watching porn"),
    ("secret_porn", SUBSTANCES, "Watching porn in secret"),
    ("paid_sexual_content", SUBSTANCES, "Paying for webcam shows or sexual chat"),
    ("strip_club", SUBSTANCES, "Going to a strip club"),
    ("drinking_too_much", SUBSTANCES, "Drinking more than we agreed"),
    ("drugs", SUBSTANCES, "Using drugs"),
    ("hiding_use", SUBSTANCES, "Hiding how much you drink or use"),
    # Social life
    ("nights_out_alone", SOCIAL, "Nights out without each other"),
    ("meeting_ex_alone", SOCIAL, "Meeting an ex alone"),
    ("dinner_with_crush", SOCIAL, "Dinner alone with someone you are attracted to"),
    ("acting_single", SOCIAL, "Acting as if you are single"),
    ("close_friendship", SOCIAL, "A close friendship with someone you could be attracted to"),
    ("speaking_badly", SOCIAL, "Speaking badly about each other to friends"),
    ("trip_with_friend", SOCIAL, "Going away overnight with a friend the other does not know"),
)

GROUP_KEYS: Final = tuple(key for key, _ in GROUPS)
GROUP_LABELS: Final = dict(GROUPS)
