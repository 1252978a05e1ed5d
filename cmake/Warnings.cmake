add_library(mf_warnings INTERFACE)
target_compile_options(mf_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough -Wmisleading-indentation
  # GCC only; the fuzz build uses clang (libFuzzer).
  $<$<CXX_COMPILER_ID:GNU>:-Wduplicated-cond -Wlogical-op>)
if(MASSEFLYT_WERROR)
  target_compile_options(mf_warnings INTERFACE -Werror)
endif()
