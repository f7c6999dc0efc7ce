"""An interview slot taken by another candidate is scheduling, not a decision: "the 3pm slot on Tuesday has already
been taken by another candidate, could you pick another time?" was called a rejection (0.97). The role itself taken,
or every slot filled with no invitation, still is one. Written for this file."""

from __future__ import annotations

from labelled import letters_test

SCHEDULING = [
    ("Interview slot",
     "Hi Sam,\n\nUnfortunately the 3pm slot on Tuesday has already been taken by another candidate. Could you pick "
     "another time from the link below?\n\nPriya"),
    ("Re: Interview on Thursday",
     "Hi Sam,\n\nSorry, the Thursday morning slot was taken by another applicant before your reply came in, so I have "
     "moved you to Friday at 10am. See you then!\n\nPriya"),
    ("Assessment centre booking",
     "Dear Sam,\n\nThe session you picked has just been booked by another candidate. Please choose one of the "
     "remaining dates for your assessment centre.\n\nRecruitment Team"),
    ("Your interview",
     "Hi Sam,\n\nThat room has now been taken by another interviewee, so we will meet in the ground-floor meeting "
     "room instead. Everything else stays the same.\n\nOla"),
]

REJECTIONS = [
    ("Interview update",
     "Hi Sam,\n\nUnfortunately all the interview slots have been filled by other candidates, so we will not be able "
     "to invite you to interview.\n\nPriya"),
    ("Your application",
     "Hi Sam,\n\nThanks for your patience. Unfortunately the role has already been taken by another candidate.\n\n"
     "Priya"),
]

test_a_slot_taken_by_another_candidate_is_no_rejection = letters_test(
    SCHEDULING, "Priya Shah <priya@acme.example>", rejection=False)
test_the_role_taken_or_no_invitation_is_still_one = letters_test(
    REJECTIONS, "Priya Shah <priya@acme.example>", rejection=True)
