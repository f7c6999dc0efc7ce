"""Company extraction on mail shaped like the unseen corpora's misses, by class (each in words of no corpus), beside a
look-alike the rule must not take.

Classes: (a) the sender's domain names one organisation, the employer is another (a recruitment firm's client, a
name said "on behalf of", a group's brand, a public body behind a jobs portal); (b) a long name cut short (a joiner
word, initials, "& Spa"); (c) a name read with the unit after it ("HR Department", "Hiring Committee"); (d) one word
of a two-word name ("X Consultoria", "Hofmann Bau", "Ferreira & Costa").
"""

from __future__ import annotations

import pytest
from test_extract_company_causes import NO, company, same  # the causes' letter builder and comparison

# --- (a) the employer is not the organisation the sender's domain names --------------------------------------------


# a person at a recruitment firm ("...talent", "...-staffing", "...search") names the client where the employer goes
@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Will Archer <will.archer@larkspurtalent.example>",
     "Hi Kim,\n\nI caught up with the hiring manager at Penhallow Cider and sadly they won't be taking things "
     "further.\n\nWill Archer\nLarkspur Talent\n", "Penhallow Cider"),
    ("Dee Marsh <dee@marsh-staffing.example>",
     "Hi Kim,\n\nThanks for your time on the Shift Lead position with Quayle Bakeries. I'm afraid they have "
     "decided not to progress your application.\n\nDee\nMarsh Staffing\n", "Quayle Bakeries"),
    ("Ravi Menon <ravi.menon@orbitsearch.example>",
     "Dear Kim,\n\nA short note to say that Glenfarrow Insurance won't be moving your application forward for the "
     "claims role.\n\nRegards,\nRavi Menon\nOrbit Search\n", "Glenfarrow Insurance"),
    ("Tess Young <tess.young@keelpeople.example>",
     "Hi Kim,\n\nI've heard back from Corrib Marine and unfortunately they are going with another applicant.\n\n"
     "Tess Young\nKeel People\n", "Corrib Marine"),
    ("Jon Pratt <jon.pratt@pratt-recruit.example>",
     "Hi Kim,\n\nUnfortunately Ashdown Print have filled the vacancy internally.\n\nJon Pratt\nPratt Recruit\n",
     "Ashdown Print"),
    ("Jo Field <jo@harperandfield.example>",  # no trade in the domain: the recruiter's title says so
     "Hi Kim,\n\nThanks for your patience on the Buyer role with Crossway Freight. Sadly they have decided not to "
     "progress your application.\n\nJo Field\nSenior Consultant\nHarper & Field\n", "Crossway Freight"),
])
def test_a_recruitment_firm_names_its_client(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


def test_a_recruitment_firm_that_names_no_client_keeps_its_own_name() -> None:
    body = ("Hi Kim,\n\nI'm sorry to say the client has decided not to take your application further.\n\n"
            "Will Archer\nLarkspur Talent\n")
    assert same(company(body, "Will Archer <will.archer@larkspurtalent.example>"), "Larkspur Talent")


def test_an_employer_naming_its_interviewer_stays_the_employer() -> None:
    # no recruitment trade in the domain: the person after "interview with" is no client
    body = ("Dear Kim,\n\nThank you for your interview with Hannah Cole last week. Unfortunately, we have decided not "
            "to proceed with your application.\n\nKind regards,\nOrchard Lane Bakery\n")
    assert same(company(body, "Careers <careers@orchardlanebakery.example>"), "Orchard Lane Bakery")


# "on behalf of X": the writer says outright whose the position is
@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Resourcing <resourcing@civicroute.example>",
     f"Dear Kim,\n\nWe are handling this campaign on behalf of Thornleigh District Council. {NO['en']}\n\n"
     "Civic Route Resourcing\n", "Thornleigh District Council"),
    ("no-reply@applydesk.example",
     f"Dear Kim,\n\n{NO['en']}\n\nThis message was sent by ApplyDesk on behalf of Marram Dunes Holidays.\n",
     "Marram Dunes Holidays"),
    ("Jobs Portal <noreply@govjobs-portal.example>",
     f"Dear Kim,\n\n{NO['en']}\n\nGov Jobs Portal on behalf of the Office for Inland Waterways\n",
     "Office for Inland Waterways"),
])
def test_on_behalf_of_names_the_employer(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


def test_on_behalf_of_the_senders_own_name_or_a_person_stays_the_sender() -> None:
    body = (f"Dear Kim,\n\n{NO['en']}\n\nOn behalf of Rachel Dunn and the team, good luck.\n\n"
            "Kind regards,\nPemberly Homes\n")
    assert same(company(body, "Careers <careers@pemberlyhomes.example>"), "Pemberly Homes")


# a group signs for the brand the letter names as the employer; a group that is the employer stays itself
@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Talent <talent@corran-group.example>",
     f"Dear Kim,\n\nThanks for applying to Corran Garden Centres. {NO['en']}\n\nCorran Group Talent Team\n",
     "Corran Garden Centres"),
    ("Talent <talent@corran-group.example>",
     f"Dear Kim,\n\nThanks for applying to Corran Group. {NO['en']}\n\nCorran Group Talent Team\n", "Corran Group"),
])
def test_a_group_signs_for_its_brand(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


# a public jobs portal's field names the public body; a department of a firm in a field is no employer
def test_a_portal_field_names_the_public_body() -> None:
    body = ("Dear Kim,\n\nVacancy: Executive Officer, Department for Rural Transport (ref 55120)\n\n"
            "We regret that your application did not meet the standard required at sift.\n\nPublic Jobs Online\n")
    got = company(body, "Public Jobs Online <noreply@publicjobsonline.example>")
    assert same(got, "Department for Rural Transport")


def test_a_team_field_is_no_public_body() -> None:
    body = (f"Dear Kim,\n\nDepartment: Marketing\n\n{NO['en']}\n\nKind regards,\nSaltmarsh Creative\n")
    assert same(company(body, "Careers <careers@saltmarshcreative.example>"), "Saltmarsh Creative")


# --- (b) a long name read whole --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sender", "sig", "want"), [
    ("Jobs <jobs@redandgreyprint.example>", "Red and Grey Print Co.", "Red and Grey Print Co"),  # "Red" alone is a cut
    ("Jobs <jobs@jk-haulage.example>", "J.K. Northern Haulage Services", "J.K. Northern Haulage Services"),  # initials
    ("Jobs <jobs@fallowmere.example>", "Fallowmere Hotel & Spa", "Fallowmere Hotel & Spa"),  # no Italian "SpA"
])
def test_a_long_name_is_not_cut(sender: str, sig: str, want: str) -> None:
    name = sig.split()[0]
    body = f"Dear Kim,\n\nThank you for applying to {sig.rstrip('.')}. {NO['en']}\n\nKind regards,\n{sig}\n"
    got = company(body, sender)
    assert same(got, want) and not same(got, name)


def test_an_italian_legal_form_is_still_dropped() -> None:
    body = f"Dear Kim,\n\n{NO['en']}\n\nKind regards,\nVerdoni Tessuti SpA\n"
    assert same(company(body, "HR <hr@verdonitessuti.example>"), "Verdoni Tessuti")


def test_a_joiner_word_is_whole() -> None:
    # "Bakery last week": no "la" joins the name
    body = ("Hi Kim,\n\nI passed your CV to Millbrook Bakery last week; sadly they have chosen another "
            "candidate.\n\nAmy\nHarbour Recruitment\n")
    assert same(company(body, "Amy Reid <amy@harbourrecruitment.example>"), "Millbrook Bakery")


# --- (c) the unit after the name is no part of it --------------------------------------------------------------------


@pytest.mark.parametrize(("sig", "want"), [
    ("Pinecrest Dairy HR Department", "Pinecrest Dairy"),
    ("Gallowgate Books Hiring Committee", "Gallowgate Books"),
    ("Rotherfield Freight Services Talent Acquisition", "Rotherfield Freight Services"),  # its own last word stays
    ("Pinecrest Dairy Recruitment Office", "Pinecrest Dairy"),  # the unit's place, after a unit word
    ("Kingsmoor Records Office", "Kingsmoor Records Office"),  # an office that is the organisation
])
def test_a_unit_after_the_name(sig: str, want: str) -> None:
    domain = want.split()[0].lower()
    assert same(company(f"Dear Kim,\n\n{NO['en']}\n\n{sig}\n", f"HR <hr@{domain}.example>"), want)


def test_a_selection_panel_is_no_employer() -> None:
    body = f"Dear Kim,\n\n{NO['en']} Thank you for your interest in Hartwell Museums Trust.\n\nSelection Panel\n"
    got = company(body, "Selection Panel <selection@hartwell-museums.example>")
    assert same(got, "Hartwell Museums Trust")


# --- (d) both words of a two-word name -------------------------------------------------------------------------------


@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Rocha <contato@rocha.example>", f"Olá Kim,\n\n{NO['pt']}\n\nAtenciosamente,\nRocha Consultoria\n",
     "Rocha Consultoria"),
    ("Bem <rh@bem.example>", f"Olá Kim,\n\nObrigado pelo interesse na Bem Saúde. {NO['pt']}\n\nEquipe Bem\n",
     "Bem Saúde"),
    ("Keller <jobs@keller.example>", f"Hallo Kim,\n\ndanke für deine Bewerbung bei Keller Bau. {NO['de']}\n\n"
     "Dein Keller-Team\n", "Keller Bau"),
    ("Pinto <rh@pinto.example>", f"Olá Kim,\n\nObrigado pelo interesse na Pinto & Lobo. {NO['pt']}\n\nEquipe Pinto\n",
     "Pinto & Lobo"),
])
def test_both_words_of_a_two_word_name(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


def test_a_lower_case_word_after_the_ampersand_is_no_partner() -> None:
    body = f"Olá Kim,\n\nObrigado pelo interesse na Pinto & equipe. {NO['pt']}\n\nEquipe Pinto\n"
    assert same(company(body, "Pinto <rh@pinto.example>"), "Pinto")
