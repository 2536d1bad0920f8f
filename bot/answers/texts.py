"""Fixed wording: welcome, help, about (the full attribution), thanks, unknown job, expired button."""

from __future__ import annotations

from bot.answers.wording import esc
from knowledge.datasets import ATTAINMENT, CIP, CPS, MODEL, OEWS, ONET, PAGES, PROJECTIONS, TITLES

EXAMPLES = [
    "medical office administrator vs patient coordinator",
    "what does a phlebotomist do",
    "how much do welders make in Texas",
    "RN vs LPN",
    "skills to move from cashier to accountant",
]

WELCOME = (
    "<b>Hi! I'm careerbot.</b> Ask me about any US occupation: what it pays, what the work is, "
    "the skills and education it takes, who does it and where it's heading.\n\n"
    "Try one of these, or type your own:"
)

HELP = (
    "<b>What you can ask</b>\n"
    "• Compare jobs: <i>nurse vs paramedic</i>, <i>compare accountant, actuary and auditor</i> (or /compare)\n"
    "• One job: <i>what does a phlebotomist do</i>, <i>electrician salary</i> (or /job)\n"
    "• A place: <i>welder salary in Texas</i>, <i>… in Austin</i>\n"
    "• Follow up: <i>and skills?</i>, <i>what about in Florida?</i>, <i>add registered nurse</i>\n"
    "• Change careers: <i>move from cashier to accountant</i>, <i>jobs like cashier that pay more</i>\n"
    "• Find jobs: <i>someone who fixes teeth</i>, <i>I like animals</i>, <i>highest paying jobs without a "
    "degree</i>, <i>fastest growing healthcare jobs in Ohio</i>\n"
    "• Browse: <i>browse office jobs</i> (or /browse)\n\n"
    "Tap the buttons under an answer for salary, skills, duties, education, demographics, outlook and "
    "related jobs. /about says where the figures come from; /forget deletes what I keep about this chat; "
    "/start shows the examples again; /help shows this."
)

ABOUT = (
    "<b>Where the figures come from</b>\n"
    f"• {ONET.covers}: {ONET.citation}.\n"
    f"• {OEWS.covers}: {OEWS.citation}.\n"
    f"• {PROJECTIONS.covers}: {PROJECTIONS.citation}; {ATTAINMENT.covers}: {ATTAINMENT.citation}.\n"
    f"• {CPS.covers}: {CPS.citation}.\n"
    f"• {TITLES.covers}: {TITLES.citation}.\n"
    f"• {CIP.covers}: {CIP.citation}.\n"
    f"• {MODEL.covers}: the {MODEL.citation}, by the sentence-transformers authors ({MODEL.licence}).\n"
    f"• {PAGES.covers} show the figures of {PAGES.citation}; those pages carry no date.\n\n"
    f"This product includes information from the {ONET.name} Database by the U.S. Department of Labor, "
    "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a "
    "trademark of USDOL/ETA. We changed some of the information (for example, we rewrote it as answers); "
    "USDOL/ETA has not approved, endorsed or tested these modifications. BLS and Census data are U.S. "
    "government works in the public domain.\n\n"
    "Privacy: I keep only your chat's last question (the jobs, topic and place), to understand follow-ups. "
    "/forget deletes it."
)

THANKS = "You're welcome! Ask about another job any time."

EXPIRED = ("This button has expired — the answer it belonged to is no longer available. "
           "Ask your question again, or type /help.")

FORGOTTEN = ("I no longer have the jobs we were talking about (the data has been updated since). Which job do you "
             "mean? Name it again (for example <i>electrician</i>) and then follow up with <i>and skills?</i>")

NAME_WHAT_WORK = ("To name a job I need to know the work. Tell me what you (or they) do in a day, where, and with "
                  "what — for example <i>I fix cars at a dealership</i> or <i>she cleans teeth at the dentist</i> "
                  "— and I'll find the occupation's official name.")

NO_JOB_YET = ("Which job do you mean? Name one first (for example <i>electrician</i> or "
              "<i>nurse vs paramedic</i>) and then follow up with <i>and skills?</i>")


ADVICE = ("That's a fair question, but not one I can answer from occupation data. What I can do: what a job pays "
          "(and where it pays most — handy before negotiating), what it takes to get in, which jobs use your skills "
          "or your degree, and where your job can lead. For example: <i>how do I become a paralegal</i>, <i>jobs "
          "that use Excel</i>, <i>what comes after being a cashier</i>, <i>I like working outdoors</i>.")


def unknown(phrases: list[str]) -> str:
    if phrases:
        names = ", ".join(f"“{esc(p[:60])}”" for p in phrases[:3])
        return (f"I couldn't find an occupation called {names}. Try another name for the job, "
                "or one of these:")
    return "I'm a career assistant, so I only know about jobs. Try one of these:"
