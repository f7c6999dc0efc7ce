"""An ATS footer that offers to withdraw the application ("To withdraw your application, visit your candidate portal",
"If you wish to withdraw your application, log in...") is no sign that the reader withdrew: the rejection above it is
still a rejection. A letter that confirms the reader's own withdrawal is still none."""

from __future__ import annotations

from labelled import letters_test

SENDER = "Talent Team <talent@harbourline.example>"

LETTERS = {
    "en": "Dear Sam,\n\nThank you for applying for the Analyst role. Unfortunately we have decided not to move forward "
          "with your application.\n\nKind regards,\nTalent Team\n\n",
    "nl": "Beste Sam,\n\nBedankt voor je sollicitatie als analist. Helaas hebben we besloten niet verder te gaan met "
          "je sollicitatie.\n\nGroet,\nRecruitment\n\n",
    "de": "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Analyst. Leider haben wir uns entschieden, Ihre Bewerbung "
          "nicht weiter zu berücksichtigen.\n\nViele Grüße\nRecruiting\n\n",
}
FOOTERS = [
    "To withdraw your application, visit your candidate portal.",
    "If you wish to withdraw your application, please log in to your candidate account.",
    "You can withdraw your application at any time in your candidate profile.",
    "Want to withdraw your application? Go to My Applications.",
    "Should you want to withdraw your application, reply to this e-mail.",
]

REJECTIONS = [("Your application", LETTERS[lang] + footer) for lang in LETTERS for footer in FOOTERS]

WITHDRAWALS_CONFIRMED = [
    ("Re: withdrawal", "Dear Sam,\n\nWe have received your request to withdraw your application for the Analyst role. "
                       "Your application has been withdrawn and we will not proceed further with it.\n\nBest,\nTalent"),
    ("Re: Analyst", "Hi Sam,\n\nSorry to hear you have decided to withdraw your application. We will not be moving "
                    "forward with it, and we wish you well.\n\nTalent"),
    ("Re: Analyst", "Hi Sam, as you asked to withdraw your application, we have closed it and will not progress it "
                    "further. Kim"),
    ("Your application", "Dear Sam, following your decision to withdraw your application, we will not be progressing "
                         "it. Regards, HR"),
    ("Re: Analyst", "Hi Sam, you wish to withdraw your application - no problem, we will not proceed with it. Kim"),
]

test_rejection_above_a_withdrawal_footer = letters_test(REJECTIONS, SENDER, rejection=True)
test_the_readers_own_withdrawal_confirmed = letters_test(WITHDRAWALS_CONFIRMED, SENDER, rejection=False)
