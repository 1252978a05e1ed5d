#pragma once

#include <memory>

#include "modules/identity/clients/app/client_service.hpp"
#include "platform/http/router.hpp"
#include "platform/web/renderer.hpp"

namespace masseflyt::identity::clients {

/// /organisasjoner/{orgnr}/api-klienter (list), …/ny (create, step-up), …/{id}/ny-hemmelighet
/// (rotate, step-up) and …/{id}/tilbakekall (revoke).
void registerPageRoutes(http::Router& router, std::shared_ptr<const ClientService> service,
                        const web::Renderer& renderer);

}  // namespace masseflyt::identity::clients
