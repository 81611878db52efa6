# The application's identity lives here and only here; it is generated into the build tree.
set(CHOPHIEN_APP_NAME "Chợ Phiên")
set(CHOPHIEN_APP_ID "vn.chophien.Workstation")
set(CHOPHIEN_ORG_NAME "ChoPhien")
set(CHOPHIEN_ORG_DOMAIN "chophien.vn")
set(CHOPHIEN_EXE_DESKTOP "chophien")
set(CHOPHIEN_EXE_CLI "chophien-cli")
set(CHOPHIEN_EXE_SANDBOX "chophien-sandbox")
set(CHOPHIEN_VERSION "${PROJECT_VERSION}")

set(CHOPHIEN_GENERATED_DIR "${CMAKE_BINARY_DIR}/generated")
configure_file("${CMAKE_CURRENT_LIST_DIR}/AppIdentity.h.in"
    "${CHOPHIEN_GENERATED_DIR}/chophien/AppIdentity.h" @ONLY)

add_library(chophien_identity INTERFACE)
target_include_directories(chophien_identity INTERFACE "${CHOPHIEN_GENERATED_DIR}")
