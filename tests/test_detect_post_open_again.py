"""The post open again and offered back to the reader is good news, though it tells the old decision ("we initially
went with another candidate, but the position has become available again: would you still be interested?"), which
was called a rejection (0.97). A rejection that only promises news if the post reopens, or that says the post was
reopened and still turns the reader down, stays one. Written for this file."""

from __future__ import annotations

from labelled import letters_test

GOOD_NEWS = [
    ("Data Analyst role",
     "Dear Sam,\n\nWe initially went with another candidate, but the position has become available again. Would you "
     "still be interested in discussing it?\n\nPriya"),
    ("Warehouse lead",
     "Hi Sam,\n\nWe went with another candidate back in March, but the job is open again as she has moved abroad. "
     "Would you be interested in coming in for a chat?\n\nPriya"),
    ("Quick question",
     "Hi Sam,\n\nYou may remember we chose another applicant for the warehouse lead post. The position has just become "
     "available again - are you still keen?\n\nPriya"),
]

REJECTIONS = [
    ("Your application",
     "Dear Sam,\n\nUnfortunately we have decided to go with another candidate. If the role becomes available again, "
     "we will be in touch.\n\nPriya"),
    ("Data Analyst",
     "Dear Sam,\n\nWe went with another candidate for the Data Analyst role. Should the position become vacant again "
     "in future, we will contact you.\n\nPriya"),
    ("Data Analyst - update",
     "Dear Sam,\n\nThe role has been re-opened, but after reviewing your application again we have decided to "
     "proceed with other candidates.\n\nPriya"),
]

test_the_post_offered_back_is_no_rejection = letters_test(GOOD_NEWS, "Priya Shah <priya@acme.example>",
                                                          rejection=False)
test_a_promise_or_a_second_no_is_still_one = letters_test(REJECTIONS, "Priya Shah <priya@acme.example>",
                                                          rejection=True)
