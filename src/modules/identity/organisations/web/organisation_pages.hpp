#pragma once

#include <memory>

#include "modules/identity/organisations/app/organisation_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::identity::organisations {

/// /organisasjoner, /organisasjoner/ny, /organisasjoner/{orgnr}, /organisasjoner/{orgnr}/medlemmer
/// and their POST forms.
void registerPageRoutes(http::Router& router, std::shared_ptr<const OrganisationService> service,
                        const web::Renderer& renderer);

}  // namespace masseflyt::identity::organisations
