"""Shared helpers for the set2 corpus material modules (mat_*.py).

A template is a plain dict made by ``T``.  Text fields are ``str.format`` templates that may use:
{owner} {owner_full} {owner_email}  the mailbox owner of this message
{company} {domain} {role} {rname} {rfirst} {rtitle} {rphone} {remail} {careers} {slug}
{sig}   signature of the recruiter (name, title, company, phone)
{sigc}  the same signature plus the employer's careers link
If {careers} or {sigc} appears anywhere, the label's careers_url is the cast's careers URL.
"""
import textwrap


def T(kind, rej, subject, body, *, sender="person", signed=None, html_extra=None,
      mime=None, charset=None, cte=None, wrap=None, typo=None, quote=None, attach=None,
      from_=None, to=None, n=1, v=None, contact=None, company=None, role=None, careers=None,
      skin=None, nocast=False):
    """Build one template dict.

    sender: "person" (recruiter writes from own address), "ats:<vendor>", "noreply" (employer's own
    no-reply address), "platform:<name>" (job board relaying), "owner" (mailbox owner sends it),
    "raw" (from_ given literally).
    signed: for no-reply senders, whether a named person signs (contact_name, no email).
    contact/company/role/careers: explicit label overrides (use "" to force null).
    n: how many instances (each takes the next cast, so different companies/people).
    v: variant filter for casts/owners (e.g. "br"/"pt" for Portuguese).
    """
    return dict(kind=kind, rej=rej, subject=subject, body=textwrap.dedent(body).strip("\n"),
                sender=sender, signed=signed, html_extra=html_extra, mime=mime, charset=charset,
                cte=cte, wrap=wrap, typo=typo, quote=quote, attach=attach, from_=from_, to=to, n=n,
                v=v, contact=contact, company=company, role=role, careers=careers, skin=skin,
                nocast=nocast)


def C(company, domain, role, rname, rtitle, rphone, careers, slug=None, v=None, remail=None):
    """A cast: one hiring organisation with one recruiter."""
    first = rname.split()[0]
    if remail is None:
        import unicodedata
        base = unicodedata.normalize("NFKD", first.lower()).encode("ascii", "ignore").decode()
        remail = f"{base}@{domain}"
    return dict(company=company, domain=domain, role=role, rname=rname, rfirst=first,
                rtitle=rtitle, rphone=rphone, careers=careers,
                slug=slug or domain.split(".")[0], v=v, remail=remail)
