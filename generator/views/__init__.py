"""The objects templates receive (their documented context, `templates/README.md`), built from
the named IR by small pure functions: `render` plans the files and hands these over.

Views hold what a template prints that needs a decision of presentation (an annotation, a
signature, a docstring's pieces, the imports a module needs); identifiers come from the IR,
where `naming` put them. One module per part: `annotations` (type annotations with their
`imports`), `arguments`, `methods`, `deprecations` (runtime deprecation rules), `docs`
(parameter tables, examples), `jobs` (`generate()`), `resources`, `types` (modules under
`types/`), `client` (credentials, environments, webhooks).
"""

from .annotations import Annotation, Annotator
from .arguments import Arg
from .client import AuthParam, auth_params, auth_required, environment_notes, environments, webhook_views
from .docs import ParamRow
from .imports import Imports
from .jobs import JobResult, JobView, UploadView, job_results
from .methods import Method
from .resources import ResourceView, resource_views
from .types import TypeModule, type_modules

__all__ = [
    "Annotation",
    "Annotator",
    "Arg",
    "AuthParam",
    "Imports",
    "JobResult",
    "JobView",
    "Method",
    "ParamRow",
    "ResourceView",
    "TypeModule",
    "UploadView",
    "auth_params",
    "auth_required",
    "environment_notes",
    "environments",
    "job_results",
    "resource_views",
    "type_modules",
    "webhook_views",
]
