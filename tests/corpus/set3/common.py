"""Shared helpers for the set3 content modules (templates are plain dicts)."""


def T(kind, style, subj, body, **kw):
    d = dict(kind=kind, style=style, subj=subj, body=body)
    d.update(kw)
    return d


def R(style, subj, body, **kw):
    """A rejection template. style: person | reply | agency | ats | ats_signed | ats_replyto | platform."""
    return T("rejection", style, subj, body, **kw)


def L(sub, style, subj, body, **kw):
    """A hard look-alike (not a rejection of the owner's job application)."""
    return T("lookalike:" + sub, style, subj, body, **kw)


def O(sub, style, subj, body, **kw):
    """Ordinary mail that happens to use rejection-ish words."""
    return T("ordinary:" + sub, style, subj, body, **kw)
